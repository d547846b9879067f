package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects what a request does wrong, each problem naming the field by its path. Not thread-safe. */
final class Checks {

    static final Pattern DIGITS_NUMBER = Pattern.compile("[1-9][0-9]{6,14}");
    static final Pattern NUMBER_WITH_OPTIONAL_PLUS = Pattern.compile("\\+?[1-9][0-9]{6,14}");

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void add(String problem) {
        problems.add(problem);
    }

    void expect(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }

    void method(RecordedRequest request, String expected) {
        expect(expected.equals(request.method()), "method must be " + expected + ", not " + request.method());
    }

    void path(RecordedRequest request, String expected) {
        expect(expected.equals(request.path()), "path must be " + expected + ", not " + request.path());
    }

    void contentType(RecordedRequest request, String expected) {
        String type = request.header("Content-Type");
        expect(type != null && type.toLowerCase().startsWith(expected),
                "Content-Type must be " + expected + ", not " + type);
    }

    /** A non-blank string at {@code field}; returns it, or null. */
    String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(where + field + " must be a non-empty string");
            return null;
        }
        return value.asText();
    }

    void matches(String value, Pattern pattern, String what) {
        if (value != null && !pattern.matcher(value).matches()) {
            problems.add(what + " must match " + pattern.pattern() + ", not " + value);
        }
    }

    void booleanIfPresent(JsonNode node, String field, String where) {
        expect(node.path(field).isMissingNode() || node.path(field).isBoolean(), where + field + " must be a boolean");
    }

    void equalsText(JsonNode node, String field, String expected, String where) {
        expect(expected.equals(node.path(field).asText(null)), where + field + " must be \"" + expected + "\"");
    }

    void onlyKnownFields(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            expect(known.contains(name), where + name + " is not a field the doc knows");
        }
    }

    void object(JsonNode node, String where) {
        expect(node.isObject(), where + " must be a JSON object");
    }
}
