package zen.gateway.adapter.embedded.consume;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import zen.gateway.application.port.outbound.queue.QueueTable;
import zen.gateway.application.port.outbound.queue.Queued;

/**
 * Consumes a {@link QueueTable}: a poller thread claims the next batch (highest priority, then oldest), hands it to
 * the handler outside any transaction, and removes it once the handler returned; if the handler throws, the batch is
 * released and handed over again after a back-off, and if the process dies its rows wait in the table (their claim
 * ends with its lease). A commit of the publisher wakes the poller ({@link #wake()}); with nothing to do it still
 * looks again every {@code idlePoll}, for rows other nodes published. Thread-safe.
 *
 * @param <T> what one row carries
 */
public final class TablePoller<T> implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TablePoller.class.getName());
    /**
     * How long a claimed batch is reserved for the node processing it. Longer than any batch takes; after a crash,
     * another node (or this one restarted) takes the batch over when it ends.
     */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final QueueTable<T> table;
    private final int batchSize;
    private final Duration backOff;
    private final Duration idlePoll;
    private final Clock clock;
    private final Semaphore committed = new Semaphore(0);
    /** Batches whose handler failed and whose claim could not be given back then (the store was away). */
    private final List<List<Queued<T>>> unreleased = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private Thread poller;

    public TablePoller(QueueTable<T> table, int batchSize, Duration backOff, Duration idlePoll, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.table = table;
        this.batchSize = batchSize;
        this.backOff = backOff;
        this.idlePoll = idlePoll;
        this.clock = clock;
    }

    /** Starts handing batches to {@code handler}; one consumer per poller. */
    public synchronized void consume(String name, Consumer<List<T>> handler) {
        if (closing.getCount() == 0) {
            throw new IllegalStateException("the queue is closed");
        }
        if (poller != null) {
            throw new IllegalStateException("the queue already has a consumer");
        }
        poller = Thread.ofPlatform().name(name + "-poller").daemon().start(() -> poll(handler));
    }

    /** Something was committed: look now rather than at the next idle poll. */
    public void wake() {
        committed.release();
    }

    /** The rows in the table: a batch in hand stays there until it has been handled. */
    public long backlog() {
        return table.count();
    }

    private void poll(Consumer<List<T>> handler) {
        while (closing.getCount() > 0) {
            committed.drainPermits();
            try {
                if (handOverNextBatch(handler) == 0) {
                    committed.tryAcquire(idlePoll.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "batch not processed; handing it over again after "
                        + backOff.toMillis() + " ms", e);
                try {
                    closing.await(backOff.toNanos(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Claims the next batch, hands it over, then removes it; returns its size, 0 when none waits. */
    private int handOverNextBatch(Consumer<List<T>> handler) {
        releaseWhatCouldNotBeReleased();
        Instant now = clock.instant();
        List<Queued<T>> batch = table.claimNext(batchSize, now, now.plus(LEASE));
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            handler.accept(batch.stream().map(Queued::item).toList());
        } catch (RuntimeException e) {
            release(batch);
            throw e;
        }
        table.remove(batch);
        return batch.size();
    }

    /**
     * Gives a failed batch's claim back at once, so that it is handed over again after the back-off rather than when
     * its lease ends; when the store that failed the batch refuses that too, tries again before the next claim.
     */
    private void release(List<Queued<T>> batch) {
        try {
            table.release(batch);
        } catch (RuntimeException storeAway) {
            unreleased.add(batch);
        }
    }

    private void releaseWhatCouldNotBeReleased() {
        while (!unreleased.isEmpty()) {
            table.release(unreleased.getFirst());
            unreleased.removeFirst();
        }
    }

    /** Stops the poller after the batch it is handling; rows not handed over stay in the table. Idempotent. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closing.countDown();
            running = poller;
        }
        committed.release();
        if (running != null && running != Thread.currentThread()) {
            try {
                if (!running.join(Duration.ofSeconds(30))) {
                    LOG.log(System.Logger.Level.WARNING, running.getName() + " did not stop within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
