package zen.gateway.application.port.inbound;

import java.time.Instant;
import java.util.Optional;
import zen.gateway.application.port.outbound.DeliveryPage;
import zen.gateway.application.port.outbound.DeliveryQuery;
import zen.gateway.domain.delivery.Delivery;

/** What happened to a project's deliveries. */
public interface DeliveryLogsQuery {

    DeliveryPage list(DeliveryQuery query);

    Optional<Delivery> find(String deliveryId);

    DeliveryStats stats(String projectOwnerId, Instant from, Instant to);
}
