package zen.gateway.application.port.outbound;

import java.util.concurrent.CompletableFuture;

/**
 * The durable queue between answering a webhook and processing it. Thread-safe.
 * Implementations: a table in the embedded store, or RabbitMQ queues.
 */
public interface EnvelopeQueue extends AutoCloseable {

    /**
     * Makes the envelope durable. The future completes normally only once it is (committed, or confirmed by the
     * broker), and exceptionally when it cannot be; the caller answers 2xx only in the first case.
     */
    CompletableFuture<Void> publish(InboundEnvelope envelope);

    /**
     * Starts handing envelopes to {@code handler} in batches, higher priority first. An envelope is removed only
     * after the handler returned normally for its batch; if the handler throws, or the process dies, the
     * envelopes are handed over again (at-least-once).
     */
    void consume(EnvelopeHandler handler);

    /**
     * How much waits to be processed, the batch in hand included: envelopes, or on RabbitMQ the broker messages
     * that carry them (several envelopes each). Zero means the consumer has caught up. For gauges and operators,
     * not for decisions: it is a count of a moment, and may cost a query. Throws when it cannot be told right now
     * (the store or the broker unreachable), as the stores' reads do.
     */
    long backlog();

    @Override
    void close();
}
