package zen.gateway.adapter.embedded;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import zen.gateway.adapter.embedded.consume.TablePoller;
import zen.gateway.adapter.embedded.publish.GroupCommitPublisher;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.application.port.outbound.queue.QueueTable;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Keeps ingest answering 200 while the queue it publishes to (RabbitMQ, or a shared database's table) is away: an
 * envelope the primary does not make durable within {@code patience} is written durably to a local table instead
 * (the spill), and a drainer moves spilled envelopes to the primary once it is back (at-least-once: one the primary
 * confirmed late is published twice, and the dedup drops the repeat). While anything is spilled, new envelopes are
 * spilled too, so that they reach the primary behind the older ones; a priority class still goes first, as it does
 * in every queue of the gateway. Only a full spill or a failing disk makes a publish fail. Thread-safe.
 */
public final class SpillOver implements EnvelopePublisher, AutoCloseable {

    /**
     * @param maxBytes   the spill holds at most this much body; beyond it ingest is refused (the BSPs retry)
     * @param patience   how long a publish may take at the primary before the envelope is spilled instead
     * @param drainBatch envelopes moved to the primary at a time
     * @param backOff    wait before draining again after the primary refused
     */
    public record Settings(long maxBytes, Duration patience, int drainBatch, Duration backOff) {}

    private static final System.Logger LOG = System.getLogger(SpillOver.class.getName());
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);

    private final EnvelopePublisher primary;
    private final Settings settings;
    private final GroupCommitPublisher<InboundEnvelope> spill;
    private final TablePoller<InboundEnvelope> drainer;
    /** Spilled and not drained yet, those being written included. */
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicBoolean spilling = new AtomicBoolean();
    private final LongAdder spilledTotal = new LongAdder();
    private final LongAdder drainedTotal = new LongAdder();

    /** Starts draining at once what an earlier run left in {@code table}. */
    public SpillOver(EnvelopePublisher primary, QueueTable<InboundEnvelope> table, Settings settings, Clock clock) {
        this.primary = primary;
        this.settings = settings;
        this.rows.set(table.count());
        this.bytes.set(table.payloadBytes());
        this.spilling.set(rows.get() > 0);
        this.drainer = new TablePoller<>(table, settings.drainBatch(), settings.backOff(), IDLE_POLL, clock);
        this.spill = new GroupCommitPublisher<>(table, "spill", drainer::wake);
        drainer.consume("spill-drain", this::drain);
    }

    @Override
    public CompletableFuture<Void> publish(InboundEnvelope envelope) {
        if (spilling.get()) {
            return spilled(envelope);
        }
        CompletableFuture<Void> atPrimary;
        try {
            atPrimary = primary.publish(envelope);
        } catch (RuntimeException e) {
            atPrimary = CompletableFuture.failedFuture(e);
        }
        return atPrimary.orTimeout(settings.patience().toMillis(), TimeUnit.MILLISECONDS)
                .handle((ok, failure) -> failure == null ? CompletableFuture.<Void>completedFuture(null) : spilled(envelope))
                .thenCompose(durable -> durable);
    }

    private CompletableFuture<Void> spilled(InboundEnvelope envelope) {
        long size = envelope.body().length;
        if (bytes.addAndGet(size) > settings.maxBytes()) {
            bytes.addAndGet(-size);
            return CompletableFuture.failedFuture(new IllegalStateException("the primary queue is unavailable and the local "
                    + "spill is full (" + settings.maxBytes() + " bytes)"));
        }
        rows.incrementAndGet();
        spilling.set(true);
        return spill.publish(envelope).whenComplete((ok, failure) -> {
            if (failure != null) {
                rows.decrementAndGet();
                bytes.addAndGet(-size);
            } else {
                spilledTotal.increment();
            }
        });
    }

    /** Publishes a batch to the primary and returns once it confirmed all of it; throws to have the batch kept. */
    private void drain(List<InboundEnvelope> batch) {
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        for (InboundEnvelope envelope : batch) {
            confirms.add(primary.publish(envelope));
        }
        try {
            CompletableFuture.allOf(confirms.toArray(CompletableFuture[]::new))
                    .get(settings.patience().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while draining the spill", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the primary queue did not take " + batch.size() + " spilled envelopes yet", e);
        }
        drainedTotal.add(batch.size());
        bytes.addAndGet(-batch.stream().mapToLong(e -> e.body().length).sum());
        if (rows.addAndGet(-batch.size()) == 0 && spilling.compareAndSet(true, false)) {
            LOG.log(System.Logger.Level.INFO, "the local spill is drained; publishing to the primary queue again");
        }
        if (rows.get() > 0) {
            spilling.set(true); // an envelope spilled while this batch drained: keep the order
        }
    }

    /** Envelopes waiting in the spill. */
    public long spilled() {
        return rows.get();
    }

    /** The bytes of body they hold. */
    public long spilledBytes() {
        return bytes.get();
    }

    /** Whether new envelopes go to the spill (it holds envelopes not drained yet). */
    public boolean spilling() {
        return spilling.get();
    }

    public long spilledTotal() {
        return spilledTotal.sum();
    }

    public long drainedTotal() {
        return drainedTotal.sum();
    }

    public long maxBytes() {
        return settings.maxBytes();
    }

    /** Writes what is being spilled, then stops draining; what is left waits in the table for the next start. */
    @Override
    public void close() {
        spill.close();
        drainer.close();
    }
}
