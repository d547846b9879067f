package zen.gateway.adapter.inbound.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import zen.gateway.application.port.outbound.EnvelopeHandler;
import zen.gateway.application.port.outbound.EnvelopeQueue;
import zen.gateway.application.port.outbound.InboundEnvelope;
import zen.gateway.application.port.outbound.QuarantineStore;
import zen.gateway.domain.event.Bsp;

/**
 * The inbound queues on RabbitMQ: envelopes are packed into confirmed broker messages on the publishing
 * connection, and consumed from every BSP's queue on the consuming connection (one channel and one worker
 * per queue). Thread-safe.
 */
final class RabbitEnvelopeQueue implements EnvelopeQueue {

    private final EnvelopePacker packer;
    private final ConfirmedPublisher publisher;
    private final Connection consuming;
    private final Topology topology;
    private final QuarantineStore quarantine;
    private final RabbitSettings settings;
    private final Clock clock;
    private final List<InboundConsumer> consumers = new ArrayList<>();
    private boolean closed;

    RabbitEnvelopeQueue(ConfirmedPublisher publisher, Connection consuming, Topology topology, QuarantineStore quarantine,
            RabbitSettings settings, Clock clock) {
        this.publisher = publisher;
        this.consuming = consuming;
        this.topology = topology;
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
        this.settings = settings;
        this.clock = clock;
        this.packer = new EnvelopePacker(publisher, topology, settings.packLinger(), settings.packMaxEnvelopes(),
                settings.packMaxBytes());
    }

    @Override
    public CompletableFuture<Void> publish(InboundEnvelope envelope) {
        return packer.publish(Objects.requireNonNull(envelope, "envelope"));
    }

    @Override
    public synchronized void consume(EnvelopeHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (closed) {
            throw new IllegalStateException("the envelope queue is closed");
        }
        if (!consumers.isEmpty()) {
            throw new IllegalStateException("the envelope queue already has a consumer");
        }
        try {
            for (Bsp bsp : Bsp.values()) {
                InboundConsumer consumer = new InboundConsumer(consuming, topology.inboundQueue(bsp),
                        settings.inboundPrefetch(), settings.inboundBatchSize(), handler, quarantine,
                        settings.handlerBackoff(), settings.shutdownTimeout(), clock);
                consumers.add(consumer);
                consumer.start();
            }
        } catch (IOException e) {
            consumers.forEach(InboundConsumer::close);
            consumers.clear();
            throw new UncheckedIOException("could not start consuming the inbound queues", e);
        }
    }

    /**
     * Broker messages ready in the inbound queues, asked on a short-lived channel of the consuming connection,
     * plus those delivered to the consumers and not acked yet (which the broker counts apart).
     */
    @Override
    public long backlog() {
        long held;
        synchronized (this) {
            held = consumers.stream().mapToLong(InboundConsumer::held).sum();
        }
        try (Channel channel = consuming.createChannel()) {
            if (channel == null) {
                throw new IllegalStateException("no channel left on the consuming connection");
            }
            long ready = 0;
            for (Bsp bsp : Bsp.values()) {
                ready += channel.messageCount(topology.inboundQueue(bsp));
            }
            return ready + held;
        } catch (IOException e) {
            throw new UncheckedIOException("could not count the inbound queues", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("closing the channel that counted the inbound queues timed out", e);
        }
    }

    /**
     * Stops taking envelopes, publishes what is packed and waits for its confirms (up to the shutdown timeout),
     * then stops the consumers after their batch in hand. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        packer.close();
        publisher.awaitConfirms(settings.shutdownTimeout());
        publisher.close();
        consumers.forEach(InboundConsumer::close);
    }
}
