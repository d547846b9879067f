package zen.gateway.adapter.amqp.framing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * A delivery on the forwarding, delay and dead-letter queues: everything an attempt needs, so the forwarding
 * consumer never reads the store, in two lines operators can read in the DLQ. The first is a JSON snapshot
 * {@code {"v":2, "id", "eventId", "eventType", "endpointId", "projectOwnerId", "url", "status", "seriesAttempts",
 * "attempts":[{"number","at","statusCode","latencyMillis","error"}], "lastError", "createdAt", "updatedAt",
 * "nextAttemptAt"}}; everything after its newline is the payload, byte for byte, so that every attempt sends
 * the same bytes. (Version 1 carried the payload as a JSON string inside the snapshot: escaping every quote of
 * it took an eighth of the gateway's CPU per forwarded event. Version 1 messages still in the queues are read.)
 * Attempts go without the receiver's answers: they only number the next attempt, and the store keeps them whole.
 * Stateless.
 */
public final class DeliveryFraming {

    static final int VERSION = 2;
    private static final int VERSION_WITH_PAYLOAD_INSIDE = 1;
    /** Two JSON documents, one per line: the snapshot, then the payload. */
    public static final String CONTENT_TYPE = "application/x-ndjson";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeliveryFraming() {}

    public static byte[] encode(Delivery d) {
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
        byte[] snapshot;
        try {
            // compact: a newline can only appear escaped inside it, so the first raw one ends it
            snapshot = JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
        byte[] payload = d.payload().getBytes(StandardCharsets.UTF_8);
        byte[] message = Arrays.copyOf(snapshot, snapshot.length + 1 + payload.length);
        message[snapshot.length] = '\n';
        System.arraycopy(payload, 0, message, snapshot.length + 1, payload.length);
        return message;
    }

    public static Delivery decode(byte[] message) throws MalformedMessageException {
        int newline = indexOfNewline(message);
        int snapshotEnd = newline < 0 ? message.length : newline;
        JsonNode root;
        try {
            root = JSON.readTree(message, 0, snapshotEnd);
        } catch (IOException e) {
            throw new MalformedMessageException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedMessageException("not a JSON object");
        }
        int version = root.path("v").asInt(-1);
        String payload;
        if (version == VERSION) {
            if (newline < 0) {
                throw new MalformedMessageException("no payload after the snapshot");
            }
            payload = new String(message, newline + 1, message.length - newline - 1, StandardCharsets.UTF_8);
        } else if (version == VERSION_WITH_PAYLOAD_INSIDE) {
            payload = text(root, "payload");
        } else {
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
                    root.hasNonNull("nextAttemptAt") ? instant(root, "nextAttemptAt") : null, payload);
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new MalformedMessageException("invalid delivery snapshot: " + e.getMessage(), e);
        }
    }

    private static int indexOfNewline(byte[] message) {
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '\n') {
                return i;
            }
        }
        return -1;
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
