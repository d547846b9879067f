package zen.gateway.adapter.embedded;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import zen.gateway.adapter.embedded.consume.TablePoller;
import zen.gateway.adapter.embedded.publish.GroupCommitPublisher;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.application.port.outbound.queue.QueueTable;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * The embedded transport's queue of webhooks, in a table of the store ({@code inbound_envelopes}): published in group
 * commits, consumed by a poller that drives processing. Thread-safe.
 *
 * <pre>{@code
 * EmbeddedEnvelopeQueue envelopes = new EmbeddedEnvelopeQueue(table, 200, Duration.ofSeconds(1), clock);
 * new IngestWebhookService(..., envelopes, ...);   // publishes
 * envelopes.consume(processEnvelopesService);      // processes
 * envelopes.close();                               // after the HTTP server stopped taking webhooks
 * }</pre>
 */
public final class EmbeddedEnvelopeQueue implements EnvelopePublisher, AutoCloseable {

    /** How often the poller looks for rows when no commit of its own woke it: rows other nodes published. */
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);

    private final GroupCommitPublisher<InboundEnvelope> publisher;
    private final TablePoller<InboundEnvelope> poller;

    /** Batches of up to {@code batchSize} are handed over; a failed one again after {@code backOff}. */
    public EmbeddedEnvelopeQueue(QueueTable<InboundEnvelope> table, int batchSize, Duration backOff, Clock clock) {
        this.poller = new TablePoller<>(table, batchSize, backOff, IDLE_POLL, clock);
        this.publisher = new GroupCommitPublisher<>(table, "envelope-queue", poller::wake);
    }

    @Override
    public CompletableFuture<Void> publish(InboundEnvelope envelope) {
        return publisher.publish(envelope);
    }

    /**
     * Starts handing batches to {@code processing}, highest priority then oldest first. A batch leaves the table only
     * after processing returned; if it throws, or the process dies, the batch is handed over again.
     */
    public void consume(ProcessEnvelopesUseCase processing) {
        poller.consume("envelope-queue", processing::process);
    }

    /** What waits to be processed, the batch in hand included. Costs a query. */
    public long backlog() {
        return poller.backlog();
    }

    /** Refuses new webhooks, writes those already accepted, and stops consuming after the batch in hand. */
    @Override
    public void close() {
        publisher.close();
        poller.close();
    }
}
