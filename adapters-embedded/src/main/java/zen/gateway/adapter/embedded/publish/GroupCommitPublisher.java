package zen.gateway.adapter.embedded.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import zen.gateway.application.port.outbound.queue.QueueTable;

/**
 * Publishes to a {@link QueueTable} in group commits: a writer thread takes every item waiting to be written,
 * appends them in one transaction, and completes their futures once that commit is done, or fails them all. Where a
 * commit alone does not survive a crash (H2), a syncer thread completes them only after the table was made durable,
 * which covers every group committed since the previous sync while the writer goes on. Under load one commit and
 * one sync thus serve many webhooks. The futures complete on those threads, so what callers chain should be quick.
 * Thread-safe.
 *
 * @param <T> what one row carries
 */
public final class GroupCommitPublisher<T> implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GroupCommitPublisher.class.getName());
    /** Items per group commit at most: a bound on one transaction's size, not a wait. */
    private static final int MAX_GROUP = 1000;

    private record Pending<T>(T item, CompletableFuture<Void> durable) {}

    private final Pending<T> end = new Pending<>(null, null);
    private final QueueTable<T> table;
    private final Runnable afterCommit;
    private final LinkedBlockingQueue<Pending<T>> pending = new LinkedBlockingQueue<>();
    /** Committed groups waiting for the sync that makes them durable; an empty list ends it. */
    private final LinkedBlockingQueue<List<Pending<T>>> unsynced = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Thread syncer;
    private boolean closed;

    /** Starts at once; {@code afterCommit} runs after each committed group (a consumer waiting for rows wakes up). */
    public GroupCommitPublisher(QueueTable<T> table, String name, Runnable afterCommit) {
        this.table = Objects.requireNonNull(table, "table");
        this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
        this.writer = Thread.ofPlatform().name(name + "-writer").daemon().start(this::write);
        this.syncer = table.commitsAreDurable() ? null : Thread.ofPlatform().name(name + "-syncer").daemon().start(this::sync);
    }

    /** Completes once the item is durable, exceptionally when it could not be made so. */
    public CompletableFuture<Void> publish(T item) {
        Objects.requireNonNull(item, "item");
        CompletableFuture<Void> durable = new CompletableFuture<>();
        synchronized (pending) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the queue is closed"));
            }
            pending.add(new Pending<>(item, durable));
        }
        return durable;
    }

    private void write() {
        List<Pending<T>> group = new ArrayList<>();
        while (true) {
            group.clear();
            group.add(takeNext());
            pending.drainTo(group, MAX_GROUP - 1);
            boolean ending = group.remove(end);
            if (!group.isEmpty()) {
                commit(group);
            }
            if (ending) {
                return;
            }
        }
    }

    private Pending<T> takeNext() {
        while (true) {
            try {
                return pending.take();
            } catch (InterruptedException e) {
                // nobody interrupts this thread on purpose: close() sends the end marker; keep the queue's promise
            }
        }
    }

    private void commit(List<Pending<T>> group) {
        try {
            table.append(group.stream().map(Pending::item).toList());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not make " + group.size() + " items durable", e);
            group.forEach(p -> p.durable().completeExceptionally(e));
            return;
        }
        afterCommit.run();
        if (syncer == null) {
            group.forEach(p -> p.durable().complete(null));
        } else {
            unsynced.add(List.copyOf(group));
        }
    }

    /**
     * Makes committed groups survive a crash, every group committed since the last sync at once, while the writer goes
     * on committing: a slow sync then costs one wait for many groups, not one per group.
     */
    private void sync() {
        List<List<Pending<T>>> groups = new ArrayList<>();
        while (true) {
            groups.clear();
            try {
                groups.add(unsynced.take());
            } catch (InterruptedException e) {
                continue; // nobody interrupts this thread on purpose: close() sends an empty group
            }
            unsynced.drainTo(groups);
            boolean ending = groups.removeIf(List::isEmpty);
            if (!groups.isEmpty()) {
                makeDurable(groups);
            }
            if (ending) {
                return;
            }
        }
    }

    private void makeDurable(List<List<Pending<T>>> groups) {
        try {
            table.makeDurable();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not make committed items durable", e);
            groups.forEach(group -> group.forEach(p -> p.durable().completeExceptionally(e)));
            return;
        }
        groups.forEach(group -> group.forEach(p -> p.durable().complete(null)));
    }

    /** Refuses new items and writes (and syncs) those already accepted. Idempotent. */
    @Override
    public void close() {
        synchronized (pending) {
            if (closed) {
                return;
            }
            closed = true;
            pending.add(end);
        }
        join(writer);
        if (syncer != null) {
            unsynced.add(List.of());
            join(syncer);
        }
    }

    private static void join(Thread thread) {
        try {
            if (!thread.join(Duration.ofSeconds(30))) {
                LOG.log(System.Logger.Level.WARNING, thread.getName() + " did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
