package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.Instant;
import java.util.List;
import zen.gateway.application.port.outbound.forwarding.DeliveryLeases;
import zen.gateway.domain.delivery.Delivery;

/** Times the transport's claims on deliveries in the store ({@code zen.store.deliveries.claim}). */
public final class TimedDeliveryLeases implements DeliveryLeases {

    private final DeliveryLeases store;
    private final Timer claim;

    public TimedDeliveryLeases(DeliveryLeases store, MetricRegistry metrics) {
        this.store = store;
        this.claim = metrics.timer("zen.store.deliveries.claim");
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        try (Timer.Context ignored = claim.time()) {
            return store.claimDue(now, leaseUntil, limit);
        }
    }

    @Override
    public List<String> claim(List<String> deliveryIds, Instant now, Instant leaseUntil) {
        try (Timer.Context ignored = claim.time()) {
            return store.claim(deliveryIds, now, leaseUntil);
        }
    }
}
