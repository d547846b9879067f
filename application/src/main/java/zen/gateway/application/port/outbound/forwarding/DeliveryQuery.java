package zen.gateway.application.port.outbound.forwarding;

import java.time.Instant;
import java.util.Objects;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * Which deliveries of a project to list, newest first (created at, then id, descending): every non-null
 * filter must hold; {@code from} inclusive and {@code to} exclusive on created at; {@code limit} 1 to 500.
 */
public record DeliveryQuery(
        String projectOwnerId, DeliveryStatus status, String eventType, Instant from, Instant to, Position after, int limit) {
    public DeliveryQuery {
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
    }
}
