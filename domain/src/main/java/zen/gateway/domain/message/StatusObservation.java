package zen.gateway.domain.message;

import java.time.Instant;
import java.util.Objects;

/**
 * One status reported for a message: what the BSP said ({@code status}), which BSP said it ({@code source}),
 * when the BSP says it happened ({@code occurredAt}) and when the gateway heard of it ({@code receivedAt}).
 */
public record StatusObservation(MessageStatus status, String source, Instant occurredAt, Instant receivedAt) {
    public StatusObservation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
