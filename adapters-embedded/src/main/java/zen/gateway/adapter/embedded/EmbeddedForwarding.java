package zen.gateway.adapter.embedded;

import java.time.Clock;
import java.time.Duration;
import zen.gateway.adapter.embedded.consume.DeliveryScheduler;
import zen.gateway.adapter.embedded.publish.HandOverQueue;
import zen.gateway.application.port.inbound.forwarding.ForwardDeliveryUseCase;
import zen.gateway.application.port.outbound.forwarding.DeliveryLeases;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;

/**
 * The embedded transport's forwarding: the delivery store is the queue. Planned deliveries are handed over in memory
 * ({@link #queue()}) and a scheduler attempts them, and the retries that fall due, under leases in the store.
 * Thread-safe.
 */
public final class EmbeddedForwarding implements AutoCloseable {

    private final HandOverQueue handOver;
    private final DeliveryScheduler scheduler;

    /**
     * Starts attempting at once: at most {@code maxInFlight} attempts at a time, each under a lease of {@code lease}
     * in the store; the store is searched for retries that fell due every {@code pollInterval}.
     */
    public EmbeddedForwarding(DeliveryLeases leases, ForwardDeliveryUseCase forward, int maxInFlight, Duration lease,
            Duration pollInterval, Clock clock) {
        this.handOver = new HandOverQueue(lease, HandOverQueue.DEFAULT_LIMIT);
        this.scheduler = new DeliveryScheduler(handOver, leases, forward, maxInFlight, pollInterval, clock);
    }

    /** Where planned and replayed deliveries go. */
    public ForwardingQueue queue() {
        return handOver;
    }

    /** Attempts under way, for a gauge. */
    public int inFlight() {
        return scheduler.inFlight();
    }

    /** Stops claiming; attempts in flight finish on their own, and unfinished ones fall due after their lease. */
    @Override
    public void close() {
        scheduler.close();
    }
}
