package zen.gateway.bootstrap.tasks;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reading admin task parameters; a missing or malformed one is an {@link IllegalArgumentException}. */
final class TaskParameters {

    private TaskParameters() {}

    static String optional(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().trim();
    }

    static String required(Map<String, List<String>> parameters, String name) {
        String value = optional(parameters, name);
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is required");
        }
        return value;
    }

    static Instant instant(Map<String, List<String>> parameters, String name) {
        String value = optional(parameters, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be an ISO-8601 instant such as "
                    + "2026-01-01T00:00:00Z, not '" + value + "'");
        }
    }
}
