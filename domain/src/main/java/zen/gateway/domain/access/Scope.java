package zen.gateway.domain.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a project key may do: {@code read} (every GET of its project), {@code write} (endpoints, numbers, pause and
 * resume, replay, tracking registrations), {@code send} (sending messages and campaigns) and {@code keys} (managing
 * the project's own keys). Admin keys may do everything, and what no scope grants (the quarantine, other projects).
 */
public enum Scope {
    READ, WRITE, SEND, KEYS;

    /** The name the API uses: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name == null ? null : name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
