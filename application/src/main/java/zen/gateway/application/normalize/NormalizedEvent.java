package zen.gateway.application.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import zen.gateway.domain.event.GatewayEvent;

/**
 * One event and the part of the body it came from ({@code payload}: the batch element, or the whole body),
 * which is forwarded to customers as {@code data}, unchanged.
 */
public record NormalizedEvent(GatewayEvent event, JsonNode payload) {
    public NormalizedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payload, "payload");
    }
}
