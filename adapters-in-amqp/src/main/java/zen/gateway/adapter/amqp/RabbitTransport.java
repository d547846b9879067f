package zen.gateway.adapter.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import zen.gateway.adapter.amqp.broker.BrokerConnections.Role;
import zen.gateway.adapter.amqp.broker.BrokerConnections;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.adapter.amqp.consume.ForwardingConsumer;
import zen.gateway.adapter.amqp.consume.OverdueRedrive;
import zen.gateway.adapter.amqp.consume.RabbitEnvelopeConsumers;
import zen.gateway.adapter.amqp.consume.SendConsumer;
import zen.gateway.adapter.amqp.publish.ConfirmedPublisher;
import zen.gateway.adapter.amqp.publish.RabbitEnvelopePublisher;
import zen.gateway.adapter.amqp.publish.RabbitForwardingQueue;
import zen.gateway.adapter.amqp.publish.RabbitSendQueue;
import zen.gateway.application.port.inbound.forwarding.ForwardDeliveryUseCase;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.inbound.quarantine.QuarantineInputUseCase;
import zen.gateway.application.port.inbound.send.WorkOffSendsUseCase;
import zen.gateway.application.port.outbound.forwarding.DeliveryLeases;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.application.port.outbound.send.SendQueue;

/**
 * The RabbitMQ transport: connects, declares the queues ({@link Topology}), and plugs into the application on both
 * sides: it implements the out-ports that publish ({@link #envelopes()}, {@link #forwardingQueue()},
 * {@link #sendQueue()}) and drives the in-ports that consume ({@link #consumeEnvelopes}, {@link #startForwarding},
 * {@link #startSending}).
 *
 * <p>Wiring, in this order:
 * <pre>{@code
 * RabbitTransport rabbit = RabbitTransport.connect(RabbitSettings.builder(rabbitmqUrl).retrySchedule(schedule).build());
 * EnvelopePublisher envelopes = rabbit.envelopes();               // for IngestWebhookService
 * ForwardingQueue forwarding = rabbit.forwardingQueue();          // for processing and DeadLetterService
 * rabbit.startForwarding(forwardDeliveryUseCase, deliveryLeases); // built with new RetryPolicy(schedule)
 * rabbit.consumeEnvelopes(processEnvelopesUseCase, quarantineUseCase);
 * SendQueue sends = rabbit.sendQueue();                          // for SendMessageService and the SendWorker
 * rabbit.startSending(sendWorker, maxInFlight);
 * ...
 * rabbit.close();                                                 // after the HTTP server stopped taking webhooks
 * }</pre>
 * Thread-safe.
 */
public final class RabbitTransport implements AutoCloseable {

    /** What {@link #ping()} found: whether the broker is usable, and in words what was seen. */
    public record Health(boolean healthy, String detail) {}

    private final RabbitSettings settings;
    private final Topology topology;
    private final BrokerConnections connections;
    private final ScheduledExecutorService timer;
    private final ConfirmedPublisher envelopePublisher;
    private final ConfirmedPublisher forwardingPublisher;
    private final RabbitEnvelopePublisher envelopes;
    private final RabbitEnvelopeConsumers envelopeConsumers;
    private final RabbitForwardingQueue forwardingQueue;
    private final ConfirmedPublisher sendPublisher;
    private final RabbitSendQueue sendQueue;
    private final Clock clock = Clock.systemUTC();
    private ForwardingConsumer forwardingConsumer;
    private SendConsumer sendConsumer;
    private OverdueRedrive redrive;
    private boolean closed;

    private RabbitTransport(RabbitSettings settings, Topology topology, BrokerConnections connections,
            ScheduledExecutorService timer) throws IOException {
        this.settings = settings;
        this.topology = topology;
        this.connections = connections;
        this.timer = timer;
        this.envelopePublisher = ConfirmedPublisher.open(connections.of(Role.PUBLISH), "envelopes", settings.confirmTimeout(), timer);
        this.forwardingPublisher = ConfirmedPublisher.open(forwarding(), "forwarding", settings.confirmTimeout(), timer);
        this.envelopes = new RabbitEnvelopePublisher(envelopePublisher, topology, settings);
        this.envelopeConsumers = new RabbitEnvelopeConsumers(connections.of(Role.CONSUME), topology, settings, clock);
        this.forwardingQueue = new RabbitForwardingQueue(forwardingPublisher, topology, settings.confirmTimeout());
        this.sendPublisher = ConfirmedPublisher.open(connections.of(Role.SEND), "sends", settings.confirmTimeout(), timer);
        this.sendQueue = new RabbitSendQueue(sendPublisher, topology, clock);
    }

    /**
     * Connects and declares the queues (idempotently). Fails if the broker cannot be reached now; once
     * connected, the transport reconnects by itself whenever the broker goes away.
     */
    public static RabbitTransport connect(RabbitSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Topology topology = new Topology(settings);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("amqp-timer").daemon().factory());
        BrokerConnections connections = null;
        try {
            connections = BrokerConnections.open(settings);
            try (Channel channel = connections.of(Role.FORWARD).createChannel()) {
                topology.declare(channel);
            }
            return new RabbitTransport(settings, topology, connections, timer);
        } catch (IOException | TimeoutException | RuntimeException e) {
            if (connections != null) {
                connections.close();
            }
            timer.shutdownNow();
            throw new IllegalStateException("could not set up RabbitMQ with " + settings + ": " + e.getMessage(), e);
        }
    }

    /** Where webhooks are published: their BSP's inbound queue. */
    public EnvelopePublisher envelopes() {
        return envelopes;
    }

    /** Starts consuming the inbound queues into {@code processing}; unreadable broker messages go to {@code quarantine}. */
    public synchronized void consumeEnvelopes(ProcessEnvelopesUseCase processing, QuarantineInputUseCase quarantine) {
        requireOpen();
        envelopeConsumers.start(Objects.requireNonNull(processing, "processing"), Objects.requireNonNull(quarantine, "quarantine"));
    }

    /**
     * How much waits to be processed: the broker messages (several envelopes each) ready in the inbound queues and
     * those in hand. A count of a moment, for gauges; costs a broker round trip; throws when the broker is away.
     */
    public long envelopeBacklog() {
        return envelopeConsumers.backlog();
    }

    /** Where planned and replayed deliveries go; usable before {@link #startForwarding}. */
    public ForwardingQueue forwardingQueue() {
        return forwardingQueue;
    }

    /**
     * Starts attempting the deliveries of the forwarding queue, at most the forwarding prefetch at once, and
     * watching {@code leases} for unfinished deliveries that no queue holds any more (see {@link OverdueRedrive}).
     */
    public synchronized void startForwarding(ForwardDeliveryUseCase forward, DeliveryLeases leases) {
        Objects.requireNonNull(forward, "forward");
        Objects.requireNonNull(leases, "leases");
        requireOpen();
        if (forwardingConsumer != null) {
            throw new IllegalStateException("forwarding already started");
        }
        ForwardingConsumer consumer = new ForwardingConsumer(forwarding(), topology, settings, forwardingPublisher, forward,
                timer, clock);
        try {
            consumer.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start consuming " + topology.forwardingQueue(), e);
        }
        forwardingConsumer = consumer;
        if (!settings.redriveOverdueAfter().isZero()) {
            redrive = new OverdueRedrive(leases, forwardingQueue, this::waitingInForwardingQueue,
                    settings.forwardingPrefetch(), settings.redriveOverdueAfter(), timer, clock);
        }
    }

    /** Where stored sends are announced (new, or queued again after a throttle); usable before {@link #startSending}. */
    public SendQueue sendQueue() {
        return sendQueue;
    }

    /**
     * Starts working off the sends the send queue names, at most {@code prefetch} messages in hand. Returns what stops
     * it, to be closed before the BSP clients are (closing the transport stops it too).
     */
    public synchronized AutoCloseable startSending(WorkOffSendsUseCase worker, int prefetch) {
        Objects.requireNonNull(worker, "worker");
        requireOpen();
        if (sendConsumer != null) {
            throw new IllegalStateException("sending already started");
        }
        SendConsumer consumer = new SendConsumer(connections.of(Role.SEND), topology, sendPublisher, worker, prefetch,
                settings.handlerBackoff(), settings.shutdownTimeout(), timer, clock);
        try {
            consumer.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start consuming " + topology.sendQueue(), e);
        }
        sendConsumer = consumer;
        return consumer;
    }

    /** Messages ready in the forwarding queue; as good as endless while the broker does not answer. */
    private long waitingInForwardingQueue() {
        try (Channel channel = forwarding().createChannel()) {
            return channel.queueDeclarePassive(topology.forwardingQueue()).getMessageCount();
        } catch (IOException | TimeoutException | AlreadyClosedException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether the broker is usable now; see {@link #ping()} for why not. */
    public boolean healthy() {
        return ping().healthy();
    }

    /**
     * Checks every connection and asks the broker about the forwarding queue. Unhealthy while a connection is
     * down (it is reconnecting) or the broker blocks publishers.
     */
    public Health ping() {
        Optional<Role> down = connections.down();
        if (down.isPresent()) {
            return new Health(false, "the " + down.get().name().toLowerCase(java.util.Locale.ROOT)
                    + " connection to the broker is down; reconnecting");
        }
        String unavailable = envelopePublisher.unavailableBecause();
        if (unavailable != null) {
            return new Health(false, unavailable);
        }
        try (Channel channel = forwarding().createChannel()) {
            AMQP.Queue.DeclareOk forwardingQueueState = channel.queueDeclarePassive(topology.forwardingQueue());
            return new Health(true, "connected to " + forwarding().getAddress().getHostAddress() + ":" + forwarding().getPort()
                    + "; " + forwardingQueueState.getMessageCount() + " deliveries waiting in " + topology.forwardingQueue());
        } catch (IOException | TimeoutException | AlreadyClosedException e) {
            return new Health(false, "the broker did not answer: " + e.getMessage());
        }
    }

    /**
     * Shuts down in the order that loses nothing: ingest stops and waits for its confirms, the inbound consumers
     * finish their batch in hand, forwarding lets its attempts in flight settle, sending its messages in hand move on,
     * then the connections close. What was delivered but not acked goes back to its queue. Each wait is bounded by the shutdown timeout.
     * Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        envelopes.close();
        envelopeConsumers.close();
        if (redrive != null) {
            redrive.close();
        }
        if (forwardingConsumer != null) {
            forwardingConsumer.close();
        }
        if (sendConsumer != null) {
            sendConsumer.close();
        }
        forwardingPublisher.awaitConfirms(settings.shutdownTimeout());
        forwardingPublisher.close();
        sendPublisher.awaitConfirms(settings.shutdownTimeout());
        sendPublisher.close();
        connections.close();
        timer.shutdownNow();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the transport is closed");
        }
    }

    Topology topology() {
        return topology;
    }

    List<String> connectionNames() {
        return connections.names();
    }

    private Connection forwarding() {
        return connections.of(Role.FORWARD);
    }
}
