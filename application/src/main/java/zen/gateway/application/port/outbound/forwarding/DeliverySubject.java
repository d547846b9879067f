package zen.gateway.application.port.outbound.forwarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which message a delivery is about, as its body names it ({@code message.wamid} or {@code message.bsp_message_id},
 * {@code message.status}, {@code message.phone_number}): what a person needs to decide what to replay, and what the
 * logs are filtered by. Read from the body because the body is what every delivery already carries, on every store and
 * on the queue; a field a body lacks is null.
 */
public record DeliverySubject(String wamid, String status, String customerNumber) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DeliverySubject NONE = new DeliverySubject(null, null, null);

    public static DeliverySubject of(String payload) {
        try {
            JsonNode message = JSON.readTree(payload).path("message");
            return new DeliverySubject(text(message, "wamid") != null ? text(message, "wamid") : text(message, "bsp_message_id"),
                    text(message, "status"), text(message, "phone_number"));
        } catch (JsonProcessingException | RuntimeException e) {
            // a body from elsewhere (a hand-made replay, an older gateway) names nothing: it is still delivered
            return NONE;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }
}
