package zen.gateway.adapter.embedded.consume;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import zen.gateway.adapter.embedded.publish.HandOverQueue;
import zen.gateway.application.port.inbound.forwarding.ForwardDeliveryUseCase;
import zen.gateway.application.port.outbound.forwarding.DeliveryLeases;
import zen.gateway.domain.delivery.Delivery;

/**
 * The consuming side of the embedded mode's forwarding: the delivery store is the queue. One thread starts attempts
 * up to the in-flight limit, which run asynchronously; it sleeps until woken by new work or the poll interval.
 * Every attempt runs under a lease in the store, so deliveries in flight when the process dies are attempted again
 * after a restart (at-least-once).
 *
 * <p>New deliveries come from the {@link HandOverQueue} and are started from the objects handed over. Retries,
 * deliveries handed over already due (a batch processed again), and whatever the bounded hand-over could not hold
 * are claimed in the store first, by id or by due time, so no two claimers start one. Thread-safe.
 */
public final class DeliveryScheduler implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeliveryScheduler.class.getName());

    private final HandOverQueue handOver;
    private final DeliveryLeases store;
    private final ForwardDeliveryUseCase forward;
    private final int maxInFlight;
    private final Duration lease;
    private final Duration pollInterval;
    private final Clock clock;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Deliveries whose attempt runs in this process: one handed over twice, or whose lease ran out, starts once. */
    private final Set<String> startedHere = ConcurrentHashMap.newKeySet();
    private Instant lastSearch = Instant.MIN;
    private boolean moreDue;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private boolean woken;
    private volatile boolean running = true;
    private final Thread loop;

    /**
     * Starts at once. {@code maxInFlight} attempts run at most; the store is searched for due deliveries every
     * {@code pollInterval} when nothing wakes the scheduler earlier.
     */
    public DeliveryScheduler(HandOverQueue handOver, DeliveryLeases store, ForwardDeliveryUseCase forward, int maxInFlight,
            Duration pollInterval, Clock clock) {
        this.handOver = handOver;
        this.store = store;
        this.forward = forward;
        this.maxInFlight = maxInFlight;
        this.lease = handOver.lease();
        this.pollInterval = pollInterval;
        this.clock = clock;
        handOver.onHandOver(this::wake);
        this.loop = Thread.ofPlatform().name("delivery-scheduler").daemon().start(this::run);
    }

    public int inFlight() {
        return inFlight.get();
    }

    private void run() {
        while (running) {
            try {
                int claimed = claimAndStart();
                if (claimed == 0 || inFlight.get() >= maxInFlight) {
                    awaitWork();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "claiming due deliveries failed; trying again shortly", e);
                awaitWork();
            }
        }
    }

    /**
     * Starts what the room allows from the deliveries handed over, after searching the store for due ones (retries,
     * and whatever was not handed over) once per poll interval, at once when a hand-over overflowed, and again
     * while searches fill the room. The search goes first so that a steady stream of new deliveries cannot keep
     * retries waiting.
     */
    private int claimAndStart() {
        Instant now = clock.instant();
        int started = 0;
        if (handOver.overflowedSinceAsked() || moreDue || !now.isBefore(lastSearch.plus(pollInterval))) {
            started += startDue(now);
        }
        return started + startHandedOver(now);
    }

    private int startHandedOver(Instant now) {
        List<Delivery> taken = new ArrayList<>();
        for (int room = maxInFlight - inFlight.get(); taken.size() < room; ) {
            Delivery next = handOver.take();
            if (next == null) {
                break;
            }
            taken.add(next);
        }
        if (taken.isEmpty()) {
            return 0;
        }
        List<Delivery> held = new ArrayList<>();
        List<Delivery> due = new ArrayList<>();
        for (Delivery delivery : taken) {
            if (startedHere.contains(delivery.id())) {
                continue;
            }
            if (!delivery.nextAttemptAt().isAfter(now)) {
                due.add(delivery);
            } else if (delivery.nextAttemptAt().isAfter(now.plus(lease.dividedBy(2)))) {
                held.add(delivery);
            }
            // else: its birth lease ends too soon to attempt it safely; it is found by due time once it has
        }
        if (!due.isEmpty()) {
            Set<String> claimed = new HashSet<>(store.claim(due.stream().map(Delivery::id).toList(), now, now.plus(lease)));
            due.stream().filter(d -> claimed.contains(d.id())).forEach(held::add);
        }
        held.forEach(this::start);
        return held.size();
    }

    private int startDue(Instant now) {
        lastSearch = now;
        int room = maxInFlight - inFlight.get();
        if (room <= 0) {
            return 0;
        }
        List<Delivery> due = store.claimDue(now, now.plus(lease), room);
        // a search that filled the room likely left more behind: search again as soon as there is room
        moreDue = due.size() == room;
        due.forEach(this::start);
        return due.size();
    }

    private void start(Delivery delivery) {
        if (!startedHere.add(delivery.id())) {
            return;
        }
        inFlight.incrementAndGet();
        forward.attempt(delivery).whenComplete((after, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "recording an attempt of " + delivery.id() + " failed; it is retried after its lease", failure);
            }
            startedHere.remove(delivery.id());
            inFlight.decrementAndGet();
            wake();
        });
    }

    private void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitWork() {
        lock.lock();
        try {
            if (!woken) {
                work.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** Stops claiming; attempts in flight finish on their own, and unfinished ones fall due after their lease. */
    @Override
    public void close() {
        running = false;
        wake();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
