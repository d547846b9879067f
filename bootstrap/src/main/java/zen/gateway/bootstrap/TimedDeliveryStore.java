package zen.gateway.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.outbound.AttemptRecord;
import zen.gateway.application.port.outbound.DeliveryPage;
import zen.gateway.application.port.outbound.DeliveryQuery;
import zen.gateway.application.port.outbound.DeliveryStore;
import zen.gateway.application.port.outbound.EndpointDeliveryStats;
import zen.gateway.application.port.outbound.ReplaySelection;
import zen.gateway.domain.delivery.Delivery;

/** Times the delivery log's writes ({@code zen.store.deliveries.insert}, {@code .record}, {@code .claim}). */
final class TimedDeliveryStore implements DeliveryStore {

    private final DeliveryStore store;
    private final Timer insert;
    private final Timer record;
    private final Timer claim;

    TimedDeliveryStore(DeliveryStore store, MetricRegistry metrics) {
        this.store = store;
        this.insert = metrics.timer("zen.store.deliveries.insert");
        this.record = metrics.timer("zen.store.deliveries.record");
        this.claim = metrics.timer("zen.store.deliveries.claim");
    }

    @Override
    public List<Delivery> insertNew(List<Delivery> deliveries) {
        try (Timer.Context ignored = insert.time()) {
            return store.insertNew(deliveries);
        }
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

    @Override
    public void record(List<AttemptRecord> records) {
        try (Timer.Context ignored = record.time()) {
            store.record(records);
        }
    }

    @Override
    public Optional<Delivery> find(String deliveryId) {
        return store.find(deliveryId);
    }

    @Override
    public DeliveryPage list(DeliveryQuery query) {
        return store.list(query);
    }

    @Override
    public List<String> replay(ReplaySelection selection, Instant now) {
        return store.replay(selection, now);
    }

    @Override
    public List<EndpointDeliveryStats> stats(String projectOwnerId, Instant from, Instant to) {
        return store.stats(projectOwnerId, from, to);
    }

    @Override
    public long unfinished() {
        return store.unfinished();
    }
}
