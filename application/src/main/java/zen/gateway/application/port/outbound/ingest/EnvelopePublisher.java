package zen.gateway.application.port.outbound.ingest;

import java.util.concurrent.CompletableFuture;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Makes a webhook durable in the queue between answering it and processing it: a table of the store, or
 * RabbitMQ. Thread-safe.
 */
public interface EnvelopePublisher {

    /**
     * The future completes normally only once the envelope is durable (committed and synced, or confirmed by the
     * broker), and exceptionally when it cannot be made so; the caller answers 2xx only in the first case.
     */
    CompletableFuture<Void> publish(InboundEnvelope envelope);
}
