package zen.gateway.application.port.outbound.forwarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.delivery.Delivery;

/** Reads {@code webhook_delivery_logs}: one delivery, listings, figures. Thread-safe. */
public interface DeliveryReads {

    Optional<Delivery> find(String deliveryId);

    /** A project's deliveries newest first (created at, then id, descending), filtered, one slice at a time. */
    Slice<Delivery> list(DeliveryQuery query);

    /** Figures per endpoint for the project's deliveries created in [{@code from}, {@code to}); null means open. */
    List<EndpointDeliveryStats> stats(String projectOwnerId, Instant from, Instant to);

    /** How many deliveries, of every project, are not finished yet: pending or retrying. For gauges. */
    long unfinished();
}
