package zen.gateway.adapter.amqp.publish;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Publishes webhooks to their BSP's inbound queue, packed into confirmed broker messages on the publishing
 * connection; an envelope is durable once the broker confirmed the message that carries it. Thread-safe.
 */
public final class RabbitEnvelopePublisher implements EnvelopePublisher, AutoCloseable {

    private final ConfirmedPublisher publisher;
    private final EnvelopePacker packer;
    private final Duration shutdownTimeout;
    private boolean closed;

    public RabbitEnvelopePublisher(ConfirmedPublisher publisher, Topology topology, RabbitSettings settings) {
        this.publisher = publisher;
        this.packer = new EnvelopePacker(publisher, topology, settings.packLinger(), settings.packMaxEnvelopes(),
                settings.packMaxBytes());
        this.shutdownTimeout = settings.shutdownTimeout();
    }

    @Override
    public CompletableFuture<Void> publish(InboundEnvelope envelope) {
        return packer.publish(Objects.requireNonNull(envelope, "envelope"));
    }

    /** Stops taking envelopes, publishes what is packed and waits for its confirms (up to the shutdown timeout). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        packer.close();
        publisher.awaitConfirms(shutdownTimeout);
        publisher.close();
    }
}
