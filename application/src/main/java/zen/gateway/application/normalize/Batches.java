package zen.gateway.application.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import zen.gateway.application.normalize.Normalization.Malformed;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.application.normalize.Normalization.Unrecognized;

/**
 * A body is one object or a JSON array of objects (Datagen batches). Each element is read on its own; one element
 * no rule knows makes the whole body unrecognized, so a partly understood batch goes to quarantine whole rather
 * than being half processed.
 */
final class Batches {

    private Batches() {}

    static Normalization eachObject(JsonNode root, Function<JsonNode, Normalization> element) {
        if (root.isObject()) {
            return element.apply(root);
        }
        if (!root.isArray()) {
            return new Unrecognized("body is a JSON " + kindOf(root) + ", not an object or an array of objects");
        }
        if (root.isEmpty()) {
            return new Unrecognized("body is an empty JSON array");
        }
        List<NormalizedEvent> events = new ArrayList<>();
        for (int index = 0; index < root.size(); index++) {
            JsonNode node = root.get(index);
            if (!node.isObject()) {
                return new Unrecognized("array element " + index + " is a JSON " + kindOf(node) + ", not an object");
            }
            switch (element.apply(node)) {
                case Recognized recognized -> events.addAll(recognized.events());
                case Unrecognized unrecognized -> {
                    return new Unrecognized("array element " + index + ": " + unrecognized.reason());
                }
                case Malformed malformed -> {
                    return new Malformed("array element " + index + ": " + malformed.reason());
                }
            }
        }
        return new Recognized(events);
    }

    static String kindOf(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
