package zen.gateway.domain.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import zen.gateway.domain.event.Bsp;

/**
 * A webhook exactly as it arrived: which BSP, when, the headers processing needs, and the raw body bytes.
 * This is what is made durable before the gateway answers 2xx. {@code priority} is 0 to 5, higher first.
 */
public record InboundEnvelope(String id, Bsp bsp, Instant receivedAt, int priority, Map<String, String> headers, byte[] body) {

    public static final int USER_INITIATED_PRIORITY = 5;
    public static final int CAMPAIGN_PRIORITY = 0;

    public InboundEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bsp, "bsp");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
        if (priority < 0 || priority > 5) {
            throw new IllegalArgumentException("priority is 0 to 5");
        }
    }
}
