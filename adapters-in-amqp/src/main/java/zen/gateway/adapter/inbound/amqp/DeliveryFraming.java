package zen.gateway.adapter.inbound.amqp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * A delivery on the forwarding, delay and dead-letter queues: a JSON snapshot with everything an attempt needs,
 * so the forwarding consumer never reads the store, and operators can read what sits in the DLQ.
 * {@code {"v":1, "id", "eventId", "eventType", "endpointId", "projectOwnerId", "url", "status", "seriesAttempts",
 * "attempts":[{"number","at","statusCode","latencyMillis","error"}], "lastError", "createdAt", "updatedAt",
 * "nextAttemptAt", "payload"}}; the payload is a string so that every attempt sends the same bytes. Attempts go
 * without the receiver's answers: they only number the next attempt, and the store keeps them whole.
 * Stateless.
 */
final class DeliveryFraming {

    static final int VERSION = 1;
    static final String CONTENT_TYPE = "application/json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeliveryFraming() {}

    static byte[] encode(Delivery d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", VERSION);
        root.put("id", d.id());
        root.put("eventId", d.eventId());
        root.put("eventType", d.eventType());
        root.put("endpointId", d.endpointId());
        root.put("projectOwnerId", d.projectOwnerId());
        root.put("url", d.url());
        root.put("status", d.status().name());
        root.put("seriesAttempts", d.seriesAttempts());
        ArrayNode attempts = root.putArray("attempts");
        for (Attempt a : d.attempts()) {
            ObjectNode attempt = attempts.addObject();
            attempt.put("number", a.number());
            attempt.put("at", a.at().toString());
            attempt.put("statusCode", a.statusCode());
            attempt.put("latencyMillis", a.latencyMillis());
            attempt.put("error", a.error());
        }
        root.put("lastError", d.lastError());
        root.put("createdAt", d.createdAt().toString());
        root.put("updatedAt", d.updatedAt().toString());
        root.put("nextAttemptAt", d.nextAttemptAt() == null ? null : d.nextAttemptAt().toString());
        root.put("payload", d.payload());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    static Delivery decode(byte[] message) throws MalformedMessageException {
        JsonNode root;
        try {
            root = JSON.readTree(message);
        } catch (IOException e) {
            throw new MalformedMessageException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedMessageException("not a JSON object");
        }
        if (root.path("v").asInt(-1) != VERSION) {
            throw new MalformedMessageException("unknown delivery snapshot version " + root.path("v"));
        }
        try {
            List<Attempt> attempts = new ArrayList<>();
            for (JsonNode a : root.path("attempts")) {
                attempts.add(new Attempt(a.path("number").asInt(), instant(a, "at"), integerOrNull(a, "statusCode"),
                        a.path("latencyMillis").asLong(), textOrNull(a, "error"), null));
            }
            return new Delivery(text(root, "id"), text(root, "eventId"), text(root, "eventType"),
                    text(root, "endpointId"), text(root, "projectOwnerId"), text(root, "url"),
                    DeliveryStatus.valueOf(text(root, "status")), root.path("seriesAttempts").asInt(), attempts,
                    textOrNull(root, "lastError"), instant(root, "createdAt"), instant(root, "updatedAt"),
                    root.hasNonNull("nextAttemptAt") ? instant(root, "nextAttemptAt") : null, text(root, "payload"));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new MalformedMessageException("invalid delivery snapshot: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) throws MalformedMessageException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new MalformedMessageException("missing text field " + field);
        }
        return value.textValue();
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integerOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static Instant instant(JsonNode node, String field) throws MalformedMessageException {
        return Instant.parse(text(node, field));
    }
}
