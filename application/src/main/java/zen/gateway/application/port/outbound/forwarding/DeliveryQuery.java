package zen.gateway.application.port.outbound.forwarding;

import java.time.Instant;
import java.util.Objects;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * Which deliveries of a project to list, newest first (created at, then id, descending): every non-null
 * filter must hold ({@code wamid} and {@code customerNumber} as the delivery's {@link DeliverySubject} names them);
 * {@code from} inclusive and {@code to} exclusive on created at; {@code limit} 1 to 500.
 */
public record DeliveryQuery(
        // One component per filter.
        String projectOwnerId,
        DeliveryStatus status,
        String eventType,
        String wamid,
        String customerNumber,
        Instant from,
        Instant to,
        Position after,
        int limit) {
    public DeliveryQuery {
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
    }

    /** Deliveries about any message. */
    public DeliveryQuery(
            String projectOwnerId, DeliveryStatus status, String eventType, Instant from, Instant to, Position after, int limit) {
        this(projectOwnerId, status, eventType, null, null, from, to, after, limit);
    }
}
