package zen.gateway.application.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

/**
 * Lenient reads from a JSON tree. A field of the wrong type counts as absent, so a hostile body can make a rule
 * decline the body but never throw.
 */
final class Fields {

    private Fields() {}

    /** The node at the path, or a missing node when any step is absent or not an object. */
    static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String name : path) {
            if (current == null || !current.isObject()) {
                return MissingNode.getInstance();
            }
            current = current.get(name);
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    /** A scalar (string, number, boolean) at the path as trimmed text; null when absent, blank or not a scalar. */
    static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        String text;
        if (value.isTextual()) {
            text = value.textValue();
        } else if (value.isNumber() || value.isBoolean()) {
            text = value.asText();
        } else {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Like {@link #text} but only for JSON strings: where a number would mean the body is something else. */
    static String string(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value.isTextual() ? text(node, path) : null;
    }

    static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** The object at the path, or null. */
    static JsonNode object(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value.isObject() ? value : null;
    }

    /** The elements of the array at the path; empty when there is none. */
    static List<JsonNode> elements(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (!value.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(value.spliterator(), false).toList();
    }

    static boolean isArray(JsonNode node, String... path) {
        return at(node, path).isArray();
    }

    /** The first argument that is not null. */
    @SafeVarargs
    static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
