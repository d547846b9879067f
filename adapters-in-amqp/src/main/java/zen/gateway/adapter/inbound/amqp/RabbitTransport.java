package zen.gateway.adapter.inbound.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.impl.nio.NioParams;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import zen.gateway.application.port.outbound.DeliveryStore;
import zen.gateway.application.port.outbound.EnvelopeQueue;
import zen.gateway.application.port.outbound.ForwardingQueue;
import zen.gateway.application.port.outbound.QuarantineStore;
import zen.gateway.application.service.ForwardDeliveryService;

/**
 * The RabbitMQ transport: connects, declares the queues, and provides the two queues the application needs.
 * Three connections, each recovering by itself after the broker went away (queues and consumers declared
 * again): one publishes envelopes (ingest), one consumes them, and forwarding has its own, as the existing
 * deployment does, so that a backlog of deliveries never slows down ingest.
 *
 * <p>Wiring, in this order:
 * <pre>{@code
 * RabbitTransport rabbit = RabbitTransport.connect(RabbitSettings.builder(rabbitmqUrl).retrySchedule(schedule).build());
 * EnvelopeQueue envelopes = rabbit.envelopeQueue(quarantineStore);  // for IngestWebhookService
 * ForwardingQueue forwarding = rabbit.forwardingQueue();            // for ProcessEnvelopesService, DeadLetterService
 * rabbit.startForwarding(forwardDeliveryService, deliveryStore);   // built with new RetryPolicy(schedule)
 * envelopes.consume(processEnvelopesService);
 * ...
 * rabbit.close();                                                  // after the HTTP server stopped taking webhooks
 * }</pre>
 * Thread-safe.
 */
public final class RabbitTransport implements AutoCloseable {

    /** What {@link #ping()} found: whether the broker is usable, and in words what was seen. */
    public record Health(boolean healthy, String detail) {}

    private static final System.Logger LOG = System.getLogger(RabbitTransport.class.getName());

    private final RabbitSettings settings;
    private final Topology topology;
    private final Map<String, Connection> connections;
    private final ScheduledExecutorService timer;
    private final ConfirmedPublisher envelopePublisher;
    private final ConfirmedPublisher forwardingPublisher;
    private final RabbitForwardingQueue forwardingQueue;
    private final Clock clock = Clock.systemUTC();
    private RabbitEnvelopeQueue envelopeQueue;
    private ForwardingConsumer forwardingConsumer;
    private OverdueRedrive redrive;
    private boolean closed;

    private RabbitTransport(RabbitSettings settings, Topology topology, Map<String, Connection> connections,
            ScheduledExecutorService timer) throws IOException {
        this.settings = settings;
        this.topology = topology;
        this.connections = connections;
        this.timer = timer;
        this.envelopePublisher = ConfirmedPublisher.open(publishing(), "envelopes", settings.confirmTimeout(), timer);
        this.forwardingPublisher = ConfirmedPublisher.open(forwarding(), "forwarding", settings.confirmTimeout(), timer);
        this.forwardingQueue = new RabbitForwardingQueue(forwardingPublisher, topology, settings.confirmTimeout());
    }

    /**
     * Connects and declares the queues (idempotently). Fails if the broker cannot be reached now; once
     * connected, the transport reconnects by itself whenever the broker goes away.
     */
    public static RabbitTransport connect(RabbitSettings settings) {
        Objects.requireNonNull(settings, "settings");
        ConnectionFactory factory = factory(settings);
        Topology topology = new Topology(settings);
        Map<String, Connection> connections = new LinkedHashMap<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("amqp-timer").daemon().factory());
        try {
            for (String role : List.of("publish", "consume", "forward")) {
                connections.put(role, factory.newConnection(settings.connectionName() + "-" + role + settings.nameSuffix()));
            }
            try (Channel channel = connections.get("forward").createChannel()) {
                topology.declare(channel);
            }
            return new RabbitTransport(settings, topology, connections, timer);
        } catch (IOException | TimeoutException | RuntimeException e) {
            connections.values().forEach(RabbitTransport::closeQuietly);
            timer.shutdownNow();
            throw new IllegalStateException("could not set up RabbitMQ with " + settings + ": " + e.getMessage(), e);
        }
    }

    private static ConnectionFactory factory(RabbitSettings settings) {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(settings.uri());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a usable RabbitMQ URI: " + settings, e);
        }
        // amqp-client reads "amqp://host:5672/" as the vhost "" (which does not exist); the existing deployment and
        // DESIGN.md write it for the default vhost "/", so a URI without a vhost name means "/".
        String path = settings.uri().getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            factory.setVirtualHost("/");
        }
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setNetworkRecoveryInterval(settings.recoveryInterval().toMillis());
        if (settings.nio()) {
            factory.useNio();
            factory.setNioParams(new NioParams().setNbIoThreads(2));
        }
        return factory;
    }

    /** The inbound queues; one per transport. Unreadable broker messages go to {@code quarantine}. */
    public synchronized EnvelopeQueue envelopeQueue(QuarantineStore quarantine) {
        requireOpen();
        if (envelopeQueue != null) {
            throw new IllegalStateException("the transport already made its envelope queue");
        }
        envelopeQueue = new RabbitEnvelopeQueue(envelopePublisher, consuming(), topology, quarantine, settings, clock);
        return envelopeQueue;
    }

    /** Where planned and replayed deliveries go; usable before {@link #startForwarding}. */
    public ForwardingQueue forwardingQueue() {
        return forwardingQueue;
    }

    /**
     * Starts attempting the deliveries of the forwarding queue, at most the forwarding prefetch at once, and
     * watching {@code deliveries} for unfinished ones that no queue holds any more (see {@link OverdueRedrive}).
     */
    public synchronized void startForwarding(ForwardDeliveryService forward, DeliveryStore deliveries) {
        Objects.requireNonNull(forward, "forward");
        Objects.requireNonNull(deliveries, "deliveries");
        requireOpen();
        if (forwardingConsumer != null) {
            throw new IllegalStateException("forwarding already started");
        }
        ForwardingConsumer consumer = new ForwardingConsumer(forwarding(), topology, forwardingPublisher, forward,
                settings.forwardingPrefetch(), settings.handlerBackoff(), settings.shutdownTimeout(), timer, clock);
        try {
            consumer.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start consuming " + topology.forwardingQueue(), e);
        }
        forwardingConsumer = consumer;
        if (!settings.redriveOverdueAfter().isZero()) {
            redrive = new OverdueRedrive(deliveries, forwardingQueue, this::waitingInForwardingQueue,
                    settings.forwardingPrefetch(), settings.redriveOverdueAfter(), timer, clock);
        }
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
        for (Map.Entry<String, Connection> connection : connections.entrySet()) {
            if (!connection.getValue().isOpen()) {
                return new Health(false, "the " + connection.getKey() + " connection to the broker is down; reconnecting");
            }
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
     * finish their batch in hand, forwarding lets its attempts in flight settle, then the connections close.
     * What was delivered but not acked goes back to its queue. Each wait is bounded by the shutdown timeout.
     * Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (envelopeQueue != null) {
            envelopeQueue.close();
        } else {
            envelopePublisher.close();
        }
        if (redrive != null) {
            redrive.close();
        }
        if (forwardingConsumer != null) {
            forwardingConsumer.close();
        }
        forwardingPublisher.awaitConfirms(settings.shutdownTimeout());
        forwardingPublisher.close();
        connections.values().forEach(RabbitTransport::closeQuietly);
        timer.shutdownNow();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the transport is closed");
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection.isOpen()) {
                connection.close(5_000);
            }
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a connection to the broker", e);
        }
    }

    Topology topology() {
        return topology;
    }

    List<String> connectionNames() {
        List<String> names = new ArrayList<>();
        connections.keySet().forEach(role -> names.add(settings.connectionName() + "-" + role + settings.nameSuffix()));
        return names;
    }

    private Connection publishing() {
        return connections.get("publish");
    }

    private Connection consuming() {
        return connections.get("consume");
    }

    private Connection forwarding() {
        return connections.get("forward");
    }
}
