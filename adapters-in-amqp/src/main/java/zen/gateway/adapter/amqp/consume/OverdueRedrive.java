package zen.gateway.adapter.amqp.consume;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import zen.gateway.application.port.outbound.forwarding.DeliveryLeases;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.domain.delivery.Delivery;

/**
 * Puts back on the forwarding queue the unfinished deliveries the store says are overdue by more than
 * {@code overdueAfter}: with RabbitMQ the queues carry the schedule, so such a delivery is in no queue any more.
 * That happens when planned deliveries were stored but handing them to the broker failed: the envelope batch is
 * handed over again, but fan-out only returns deliveries it inserts, so the second pass submits nothing.
 *
 * <p>It only looks while the forwarding queue has fewer messages waiting than one consumer's prefetch, i.e.
 * while forwarding keeps up: a backlog makes deliveries overdue without losing them. A claim leases the delivery
 * in the store for another {@code overdueAfter}, so one is put back at most once per period, and gateway nodes
 * sharing the store never put back the same one. Thread-safe.
 */
public final class OverdueRedrive implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OverdueRedrive.class.getName());
    private static final int CLAIM_LIMIT = 500;

    private final DeliveryLeases store;
    private final ForwardingQueue forwarding;
    private final LongSupplier waitingInForwardingQueue;
    private final long keepingUpBelow;
    private final Duration overdueAfter;
    private final Clock clock;
    private final ScheduledFuture<?> schedule;

    public OverdueRedrive(DeliveryLeases store, ForwardingQueue forwarding, LongSupplier waitingInForwardingQueue,
            long keepingUpBelow, Duration overdueAfter, ScheduledExecutorService timer, Clock clock) {
        this.store = store;
        this.forwarding = forwarding;
        this.waitingInForwardingQueue = waitingInForwardingQueue;
        this.keepingUpBelow = keepingUpBelow;
        this.overdueAfter = overdueAfter;
        this.clock = clock;
        long every = Math.max(100, overdueAfter.toMillis() / 5);
        this.schedule = timer.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            redriveOverdue();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "looking for overdue deliveries failed; trying again later", e);
        }
    }

    /** Returns how many deliveries were put back. */
    int redriveOverdue() {
        if (waitingInForwardingQueue.getAsLong() >= keepingUpBelow) {
            return 0;
        }
        Instant now = clock.instant();
        List<Delivery> overdue = store.claimDue(now.minus(overdueAfter), now.plus(overdueAfter), CLAIM_LIMIT);
        if (overdue.isEmpty()) {
            return 0;
        }
        // The claim moved their next attempt to the end of the lease; the queue copy is due now.
        forwarding.submit(overdue.stream().map(d -> dueAt(d, now)).toList());
        LOG.log(System.Logger.Level.WARNING, "put {0} overdue deliveries back on the forwarding queue", overdue.size());
        return overdue.size();
    }

    private static Delivery dueAt(Delivery d, Instant now) {
        return new Delivery(d.id(), d.eventId(), d.eventType(), d.endpointId(), d.projectOwnerId(), d.url(), d.status(),
                d.seriesAttempts(), d.attempts(), d.lastError(), d.createdAt(), d.updatedAt(), now, d.payload());
    }

    @Override
    public void close() {
        schedule.cancel(false);
    }
}
