package zen.gateway.adapter.amqp.consume;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.inbound.quarantine.QuarantineInputUseCase;
import zen.gateway.domain.event.Bsp;

/**
 * Consumes every BSP's inbound queue on the consuming connection (one channel and one worker per queue) and hands
 * the envelopes to processing. Thread-safe.
 */
public final class RabbitEnvelopeConsumers implements AutoCloseable {

    private final Connection consuming;
    private final Topology topology;
    private final RabbitSettings settings;
    private final Clock clock;
    private final List<InboundConsumer> consumers = new ArrayList<>();
    private boolean closed;

    public RabbitEnvelopeConsumers(Connection consuming, Topology topology, RabbitSettings settings, Clock clock) {
        this.consuming = consuming;
        this.topology = topology;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts consuming; unreadable broker messages go to {@code quarantine}. Once per transport. */
    public synchronized void start(ProcessEnvelopesUseCase processing, QuarantineInputUseCase quarantine) {
        if (closed) {
            throw new IllegalStateException("the envelope queue is closed");
        }
        if (!consumers.isEmpty()) {
            throw new IllegalStateException("the envelope queue already has a consumer");
        }
        try {
            for (Bsp bsp : Bsp.values()) {
                InboundConsumer consumer = new InboundConsumer(consuming, topology.inboundQueue(bsp), settings,
                        processing, quarantine, clock);
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

    /** Stops the consumers after their batch in hand. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        consumers.forEach(InboundConsumer::close);
    }
}
