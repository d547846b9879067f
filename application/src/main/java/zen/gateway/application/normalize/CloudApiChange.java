package zen.gateway.application.normalize;

import static zen.gateway.application.normalize.Fields.first;
import static zen.gateway.application.normalize.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/** One {@code entry[].changes[]} element with the envelope and entry around it. */
record CloudApiChange(JsonNode body, JsonNode entry, JsonNode change, CloudApiDialect dialect) {

    private static final Set<String> ITEM_ARRAYS = Set.of("statuses", "messages", "errors");

    JsonNode value() {
        return Fields.object(change, "value");
    }

    String phoneNumberId() {
        return text(value(), "metadata", "phone_number_id");
    }

    /**
     * The business's display number; without one the phone number id (a Graph id, kept as given), and for Gupshup the
     * app id. The phone number id stays reachable in the payload's metadata either way.
     */
    String businessNumber() {
        return first(
                PhoneNumbers.canonical(text(value(), "metadata", "display_phone_number")),
                phoneNumberId(),
                dialect.gupshupV3() ? text(body, "gs_app_id") : null);
    }

    /**
     * The webhook with only this change, holding only {@code item} in {@code array} (or the whole change when
     * {@code array} is null). Nodes are shared with the original, not copied: nothing mutates a parsed body.
     */
    JsonNode cutDownTo(String array, JsonNode item) {
        JsonNode cutChange = change;
        if (array != null) {
            ObjectNode value = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : value().properties()) {
                if (!ITEM_ARRAYS.contains(field.getKey())) {
                    value.set(field.getKey(), field.getValue());
                }
            }
            value.set(array, JsonNodeFactory.instance.arrayNode().add(item));
            cutChange = replacing(change, "value", value);
        }
        ObjectNode cutEntry = replacing(entry, "changes", JsonNodeFactory.instance.arrayNode().add(cutChange));
        return replacing(body, "entry", JsonNodeFactory.instance.arrayNode().add(cutEntry));
    }

    /** A shallow copy of an object with one field's value replaced, in the original field order. */
    private static ObjectNode replacing(JsonNode original, String name, JsonNode replacement) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : original.properties()) {
            copy.set(field.getKey(), field.getKey().equals(name) ? replacement : field.getValue());
        }
        copy.set(name, replacement);
        return copy;
    }
}
