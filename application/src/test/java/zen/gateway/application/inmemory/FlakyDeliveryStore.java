package zen.gateway.application.inmemory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.DeliveryQuery;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;
import zen.gateway.application.port.outbound.forwarding.EndpointDeliveryStats;
import zen.gateway.application.port.outbound.forwarding.ReplaySelection;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.delivery.Delivery;

/**
 * The in-memory delivery store, whose writes can be made to fail as a database going down would: for tests of what
 * the use cases and transports do then. Reads keep working.
 */
public final class FlakyDeliveryStore implements DeliveryStore {

    private final InMemoryDeliveryStore store = new InMemoryDeliveryStore();
    private volatile boolean recordingFails;
    private volatile boolean insertsFail;
    private final AtomicInteger refusedRecords = new AtomicInteger();

    public void recordingFails(boolean fails) {
        this.recordingFails = fails;
    }

    /** How many attempt records were refused so far: a test waits for one before it lets recording work again. */
    public int refusedRecords() {
        return refusedRecords.get();
    }

    public void insertsFail(boolean fails) {
        this.insertsFail = fails;
    }

    @Override
    public List<Delivery> insertNew(List<Delivery> deliveries) {
        if (insertsFail) {
            throw new IllegalStateException("the delivery log is unreachable");
        }
        return store.insertNew(deliveries);
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return store.claimDue(now, leaseUntil, limit);
    }

    @Override
    public List<String> claim(List<String> deliveryIds, Instant now, Instant leaseUntil) {
        return store.claim(deliveryIds, now, leaseUntil);
    }

    @Override
    public void record(List<AttemptRecord> records) {
        if (recordingFails) {
            refusedRecords.addAndGet(records.size());
            throw new IllegalStateException("the delivery log is unreachable");
        }
        store.record(records);
    }

    @Override
    public Optional<Delivery> find(String deliveryId) {
        return store.find(deliveryId);
    }

    @Override
    public Slice<Delivery> list(DeliveryQuery query) {
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

    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return store.removeOlderThan(cutoff, limit);
    }
}
