package zen.gateway.domain.conversation;

import java.time.Duration;
import java.time.Instant;

/**
 * The customer-service window: WhatsApp lets a business send free-form messages (not only templates) until 24 hours
 * after the customer's last message; after that a free-form send fails (Meta 131047, Twilio 63016).
 */
public record ServiceWindow(Instant lastInboundAt, Instant closesAt) {

    public static final Duration LENGTH = Duration.ofHours(24);

    /** The window the customer's last inbound message opened; closed for a customer who never wrote (null). */
    public static ServiceWindow after(Instant lastInboundAt) {
        return new ServiceWindow(lastInboundAt, lastInboundAt == null ? null : lastInboundAt.plus(LENGTH));
    }

    public boolean isOpenAt(Instant now) {
        return closesAt != null && now.isBefore(closesAt);
    }
}
