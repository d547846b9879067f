package zen.gateway.application.port.inbound.forwarding;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.inbound.paging.PageCursor;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/** What happened to a project's deliveries. */
public interface DeliveryLogsQuery {

    /** Deliveries newest first (created at, then id), a page at a time. */
    Page<Delivery> list(Criteria criteria);

    Optional<Delivery> find(String deliveryId);

    /** Which message the delivery is about. */
    DeliveredMessage messageOf(Delivery delivery);

    DeliveryStats stats(String projectOwnerId, Instant from, Instant to);

    /**
     * Which of a project's deliveries to list: every non-null filter must hold ({@code wamid}: the message's wamid or
     * BSP id; {@code customerNumber}: its customer); {@code from} inclusive and {@code to} exclusive on created at;
     * {@code after} where the previous page ended; {@code limit} 1 to 500.
     */
    record Criteria(String projectOwnerId, DeliveryStatus status, String eventType, String wamid, String customerNumber,
            Instant from, Instant to, PageCursor after, int limit) {
        public Criteria {
            Objects.requireNonNull(projectOwnerId, "projectOwnerId");
            if (limit < 1 || limit > 500) {
                throw new IllegalArgumentException("limit must be between 1 and 500");
            }
        }

        /** Deliveries about any message. */
        public Criteria(String projectOwnerId, DeliveryStatus status, String eventType, Instant from, Instant to,
                PageCursor after, int limit) {
            this(projectOwnerId, status, eventType, null, null, from, to, after, limit);
        }
    }
}
