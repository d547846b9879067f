package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.List;
import zen.gateway.application.port.outbound.forwarding.DeliveryPlans;
import zen.gateway.domain.delivery.Delivery;

/** Times storing planned deliveries ({@code zen.store.deliveries.insert}). */
public final class TimedDeliveryPlans implements DeliveryPlans {

    private final DeliveryPlans store;
    private final Timer insert;

    public TimedDeliveryPlans(DeliveryPlans store, MetricRegistry metrics) {
        this.store = store;
        this.insert = metrics.timer("zen.store.deliveries.insert");
    }

    @Override
    public List<Delivery> insertNew(List<Delivery> deliveries) {
        try (Timer.Context ignored = insert.time()) {
            return store.insertNew(deliveries);
        }
    }
}
