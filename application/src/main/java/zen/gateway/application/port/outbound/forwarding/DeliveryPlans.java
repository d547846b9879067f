package zen.gateway.application.port.outbound.forwarding;

import java.util.List;
import zen.gateway.domain.delivery.Delivery;

/** Stores the deliveries fan-out plans, in {@code webhook_delivery_logs}. Thread-safe. */
public interface DeliveryPlans {

    /**
     * Inserts the deliveries whose id is not stored yet and leaves the others as they are (an envelope handed
     * over again fans out again). Returns the ones inserted.
     */
    List<Delivery> insertNew(List<Delivery> deliveries);
}
