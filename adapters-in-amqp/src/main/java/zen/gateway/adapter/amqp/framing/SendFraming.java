package zen.gateway.adapter.amqp.framing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A send on the send, delay and dead-letter queues: {@code {"v":1,"message_id":"…"}}, nothing more. The send itself
 * (recipient, content, state) is in the store, which stays the one record of it: a queue message only says which
 * send to look at, so a stale or repeated one can do no harm. Stateless.
 */
public final class SendFraming {

    static final int VERSION = 1;
    public static final String CONTENT_TYPE = "application/json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SendFraming() {}

    public static byte[] encode(String messageId) {
        try {
            return JSON.writeValueAsBytes(JSON.createObjectNode().put("v", VERSION).put("message_id", messageId));
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** The message id the message names. */
    public static String decode(byte[] message) throws MalformedMessageException {
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
            throw new MalformedMessageException("unknown send message version " + root.path("v"));
        }
        JsonNode id = root.get("message_id");
        if (id == null || !id.isTextual() || id.textValue().isBlank()) {
            throw new MalformedMessageException("no message_id");
        }
        return id.textValue();
    }
}
