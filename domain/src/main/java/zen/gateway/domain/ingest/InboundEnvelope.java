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

    /**
     * Set by ingest when every configured check of the source passed (never taken from the request): only then may
     * the payload's own project reference choose the project.
     */
    public static final String VERIFIED_HEADER = "x-zen-verified";

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

    /** Whether ingest verified the sender (see {@link #VERIFIED_HEADER}). */
    public boolean verified() {
        return "true".equals(headers.get(VERIFIED_HEADER));
    }
}
