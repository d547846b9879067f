package zen.gateway.adapter.embedded.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.domain.delivery.Delivery;

/**
 * The embedded mode's forwarding queue: deliveries are durable once stored, so publishing one is handing it over in
 * memory to the scheduler of this process, which starts it from the object handed over. Searching the store by due
 * time, leasing, and reading each batch back with its attempts cost four statements per batch and about an eighth
 * of the gateway's CPU.
 *
 * <p>New deliveries are stored already leased to this process ({@link #firstDue}), so nobody else takes them and,
 * if the process dies first, they fall due when the lease ends. The hand-over is bounded: once it is half full, new
 * deliveries are stored due at once, for the scheduler's search by due time to find, and what it cannot hold at all
 * is left to that search. Thread-safe.
 */
public final class HandOverQueue implements ForwardingQueue {

    /** New deliveries held in memory at most (payloads of a few KB: tens of MB). */
    public static final int DEFAULT_LIMIT = 10_000;

    private final Duration lease;
    private final int limit;
    private final ConcurrentLinkedQueue<Delivery> handedOver = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private volatile Runnable onHandOver = () -> {};

    public HandOverQueue(Duration lease, int limit) {
        this.lease = lease;
        this.limit = limit;
    }

    /**
     * Leased to this process's scheduler from birth while the hand-over has room; from half full on, due at once so
     * that what it cannot hold is found by due time without waiting for a lease to end.
     */
    @Override
    public Instant firstDue(Instant plannedAt) {
        return count.get() < limit / 2 ? plannedAt.plus(lease) : plannedAt;
    }

    @Override
    public void submit(List<Delivery> planned) {
        for (Delivery delivery : planned) {
            if (count.incrementAndGet() > limit) {
                count.decrementAndGet();
                overflowed.set(true);
                break;
            }
            handedOver.add(delivery);
        }
        onHandOver.run();
    }

    /** Called after every hand-over: the scheduler wakes up. */
    public void onHandOver(Runnable listener) {
        this.onHandOver = listener;
    }

    /** The next delivery handed over, or null. */
    public Delivery take() {
        Delivery next = handedOver.poll();
        if (next != null) {
            count.decrementAndGet();
        }
        return next;
    }

    /** Whether a hand-over overflowed since the last call: then the store holds due deliveries to search for. */
    public boolean overflowedSinceAsked() {
        return overflowed.getAndSet(false);
    }

    /** How long a delivery handed over is leased to this process. */
    public Duration lease() {
        return lease;
    }
}
