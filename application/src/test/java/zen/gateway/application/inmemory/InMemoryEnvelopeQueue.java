package zen.gateway.application.inmemory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import zen.gateway.application.contract.EnvelopeQueueContract;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * A transport's envelope queue in memory: not durable, so {@link #publish} completes at once. One consumer thread
 * hands batches of up to {@code batchSize} envelopes to the handler, highest priority first and in publishing
 * order within a priority; a batch whose handler throws is handed over again after {@code backOff}.
 * Thread-safe.
 */
public final class InMemoryEnvelopeQueue implements EnvelopeQueueContract.Queue {

    private static final System.Logger LOG = System.getLogger(InMemoryEnvelopeQueue.class.getName());

    private record Queued(long sequence, InboundEnvelope envelope) {}

    private static final Comparator<Queued> HANDING_ORDER = Comparator
            .comparingInt((Queued q) -> -q.envelope().priority())
            .thenComparingLong(Queued::sequence);

    private final int batchSize;
    private final Duration backOff;
    private final AtomicLong sequence = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Queued> waiting = new PriorityQueue<>(HANDING_ORDER);
    private boolean closed;
    private Thread consumer;
    /** The size of the batch the consumer is handling, 0 between batches. */
    private volatile int inHand;

    public InMemoryEnvelopeQueue() {
        this(100, Duration.ofMillis(500));
    }

    public InMemoryEnvelopeQueue(int batchSize, Duration backOff) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.batchSize = batchSize;
        this.backOff = Objects.requireNonNull(backOff, "backOff");
    }

    @Override
    public CompletableFuture<Void> publish(InboundEnvelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        lock.lock();
        try {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the queue is closed"));
            }
            waiting.add(new Queued(sequence.incrementAndGet(), envelope));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void consume(ProcessEnvelopesUseCase handler) {
        Objects.requireNonNull(handler, "handler");
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the queue is closed");
            }
            if (consumer != null) {
                throw new IllegalStateException("the queue already has a consumer");
            }
            consumer = Thread.ofPlatform().name("in-memory-envelope-consumer").daemon().start(() -> run(handler));
        } finally {
            lock.unlock();
        }
    }

    private void run(ProcessEnvelopesUseCase handler) {
        List<InboundEnvelope> batch;
        while ((batch = nextBatch()) != null) {
            while (!handOver(handler, batch)) {
                if (!pauseUnlessClosed(backOff)) {
                    return;
                }
            }
            inHand = 0;
        }
    }

    /** The next batch, waiting for one; null once the queue is closed. */
    private List<InboundEnvelope> nextBatch() {
        lock.lock();
        try {
            while (waiting.isEmpty() && !closed) {
                changed.awaitUninterruptibly();
            }
            if (closed) {
                return null;
            }
            List<InboundEnvelope> batch = new ArrayList<>();
            while (batch.size() < batchSize && !waiting.isEmpty()) {
                batch.add(waiting.poll().envelope());
            }
            inHand = batch.size();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private static boolean handOver(ProcessEnvelopesUseCase handler, List<InboundEnvelope> batch) {
        try {
            handler.process(List.copyOf(batch));
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "envelope handler failed; the batch will be handed over again", e);
            return false;
        }
    }

    /** Waits for {@code pause} unless the queue closes first; false when it did. */
    private boolean pauseUnlessClosed(Duration pause) {
        lock.lock();
        try {
            long nanos = pause.toNanos();
            while (!closed && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long backlog() {
        lock.lock();
        try {
            return waiting.size() + inHand;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the consumer thread, after the batch it is handling if any; envelopes still waiting are dropped. */
    @Override
    public void close() {
        Thread running;
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
            running = consumer;
        } finally {
            lock.unlock();
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
