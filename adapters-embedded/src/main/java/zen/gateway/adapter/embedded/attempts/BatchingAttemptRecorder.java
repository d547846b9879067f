package zen.gateway.adapter.embedded.attempts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import zen.gateway.application.port.outbound.forwarding.AttemptLog;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.AttemptRecorder;

/**
 * Writes attempt records in batches from one thread of its own, so that delivery threads never wait on the
 * store: a record's future completes once its batch is written and made durable (the RabbitMQ consumer acks only
 * then, and a delivery whose success is durable is not sent again after a crash).
 * A failed write fails the futures of that batch; the deliveries stay leased and are attempted again when
 * the lease ends. Thread-safe.
 */
public final class BatchingAttemptRecorder implements AttemptRecorder, AutoCloseable {

    private record Pending(AttemptRecord record, CompletableFuture<Void> written) {}

    private final AttemptLog store;
    private final int maxBatch;
    private final Runnable makeDurable;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    /** {@code makeDurable} makes the store's commits survive a crash (H2's sync; nothing where a commit already does). */
    public BatchingAttemptRecorder(AttemptLog store, int maxBatch, Runnable makeDurable) {
        this.store = store;
        this.maxBatch = maxBatch;
        this.makeDurable = makeDurable;
        this.writer = Thread.ofPlatform().name("attempt-log-writer").daemon().start(this::writeLoop);
    }

    @Override
    public CompletableFuture<Void> record(AttemptRecord record) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        if (!running) {
            written.completeExceptionally(new IllegalStateException("the attempt recorder is closed"));
            return written;
        }
        queue.add(new Pending(record, written));
        return written;
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            store.record(batch.stream().map(Pending::record).toList());
            makeDurable.run();
            batch.forEach(p -> p.written().complete(null));
        } catch (RuntimeException e) {
            batch.forEach(p -> p.written().completeExceptionally(e));
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
