package zen.gateway.adapter.amqp.consume;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.adapter.amqp.framing.DeliveryFraming;
import zen.gateway.adapter.amqp.framing.DeliveryPackFraming;
import zen.gateway.adapter.amqp.framing.MalformedMessageException;
import zen.gateway.adapter.amqp.publish.ConfirmedPublisher;
import zen.gateway.adapter.amqp.publish.RabbitForwardingQueue;
import zen.gateway.application.port.inbound.forwarding.ForwardDeliveryUseCase;
import zen.gateway.domain.delivery.Delivery;

/**
 * Consumes the forwarding queue: each delivery is attempted (the deliveries of up to the prefetch's messages at
 * once, asynchronously) and acked only once the attempt's outcome is recorded and the delivery's next step is
 * confirmed by the broker:
 * a retry or a put-off goes to the delay queue for its wait, a dead letter gets a copy in the DLQ. A delivery
 * that arrives before its time (a wait longer than one delay step) goes round another delay queue without an
 * attempt. An attempt whose outcome could not be recorded is made again after a short wait. Publishing before
 * acking means a crash repeats a step rather than losing one (at-least-once; receivers dedup on the event id).
 * Thread-safe.
 */
public final class ForwardingConsumer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ForwardingConsumer.class.getName());

    /**
     * How long a delivery waits when its outcome could not be recorded (the store is down). Handing it straight
     * back would POST it to the receiver again at once, again and again while the store is down.
     */
    public static final Duration AFTER_UNRECORDED_ATTEMPT = Duration.ofSeconds(5);

    private final Connection connection;
    private final Topology topology;
    private final ConfirmedPublisher publisher;
    private final ForwardDeliveryUseCase forward;
    private final int prefetch;
    private final Duration backOff;
    private final Duration shutdownTimeout;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final HeldMessages held = new HeldMessages("the forwarding queue");
    private volatile Channel channel;
    private String consumerTag;

    /** Attempts through {@code forward}; moves deliveries on with {@code publisher}; backs off on {@code timer}. */
    public ForwardingConsumer(Connection connection, Topology topology, RabbitSettings settings, ConfirmedPublisher publisher,
            ForwardDeliveryUseCase forward, ScheduledExecutorService timer, Clock clock) {
        this.connection = connection;
        this.topology = topology;
        this.publisher = publisher;
        this.forward = forward;
        this.prefetch = settings.forwardingPrefetch();
        this.backOff = settings.handlerBackoff();
        this.shutdownTimeout = settings.shutdownTimeout();
        this.timer = timer;
        this.clock = clock;
    }

    public void start() throws IOException {
        channel = connection.createChannel();
        held.on(channel);
        channel.basicQos(prefetch);
        consumerTag = channel.basicConsume(topology.forwardingQueue(), false, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                take(envelope.getDeliveryTag(), envelope.isRedeliver(), properties.getContentType(), body);
            }

            @Override
            public void handleCancel(String tag) {
                LOG.log(System.Logger.Level.ERROR, "the broker cancelled consuming {0} (queue deleted?)", topology.forwardingQueue());
            }
        });
    }

    int inFlight() {
        return held.count();
    }

    /**
     * One forwarding message: a delivery, or a pack of deliveries planned together. Each goes its own way (acked
     * with the others, or moved to a delay queue or the DLQ alone); the message is acked once every one of them
     * has settled, or handed back if one could not be moved, and then all of its deliveries are attempted again
     * (at-least-once: receivers dedup on the event id).
     */
    private void take(long tag, boolean redelivered, String contentType, byte[] body) {
        held.taken();
        List<Delivery> deliveries;
        try {
            deliveries = DeliveryPackFraming.CONTENT_TYPE.equals(contentType)
                    ? DeliveryPackFraming.decode(body)
                    : List.of(DeliveryFraming.decode(body));
        } catch (MalformedMessageException e) {
            LOG.log(System.Logger.Level.WARNING, "moving an unreadable message from the forwarding queue to the DLQ: {0}", e.getMessage());
            move(new Settlement(tag, 1), topology.deadLetterQueue(), body, Map.of("x-zen-unreadable", e.getMessage()));
            return;
        }
        Settlement settlement = new Settlement(tag, deliveries.size());
        deliveries.forEach(delivery -> step(settlement, delivery, redelivered));
    }

    /**
     * A message the broker hands over again (its consumer died or lost its connection before acking) may carry
     * deliveries whose outcome was recorded already: the use case then sends nothing, so that only deliveries that
     * were really in flight are sent twice.
     */
    private void step(Settlement settlement, Delivery delivery, boolean redelivered) {
        Optional<Duration> wait = waitBefore(delivery);
        if (wait.isPresent()) {
            move(settlement, topology.delayQueue(wait.get()), DeliveryFraming.encode(delivery), Map.of());
            return;
        }
        CompletableFuture<Delivery> attempt;
        try {
            attempt = redelivered ? forward.attemptUnlessFinished(delivery) : forward.attempt(delivery);
        } catch (RuntimeException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        attempt.whenComplete((after, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "the outcome of attempting " + delivery.id()
                        + " was not recorded; it is attempted again in about " + AFTER_UNRECORDED_ATTEMPT, failure);
                move(settlement, topology.delayQueue(topology.ladder().stepFor(AFTER_UNRECORDED_ATTEMPT)
                        .orElse(topology.ladder().steps().getFirst())), DeliveryFraming.encode(delivery), Map.of());
            } else {
                afterAttempt(settlement, after);
            }
        });
    }

    private Optional<Duration> waitBefore(Delivery delivery) {
        if (delivery.nextAttemptAt() == null) {
            return Optional.empty();
        }
        return topology.ladder().stepFor(Duration.between(clock.instant(), delivery.nextAttemptAt()));
    }

    /** Moves the delivery, as it stands after its attempt, to where its next step waits. */
    private void afterAttempt(Settlement settlement, Delivery next) {
        switch (next.status()) {
            case DELIVERED -> settlement.settled(true);
            case DEAD_LETTERED -> move(settlement, topology.deadLetterQueue(), DeliveryFraming.encode(next), Map.of());
            case PENDING, RETRYING -> move(settlement,
                    waitBefore(next).map(topology::delayQueue).orElse(topology.forwardingQueue()),
                    DeliveryFraming.encode(next), Map.of());
        }
    }


    /** Publishes first and settles once the broker confirmed, so that the delivery is always in some queue. */
    private void move(Settlement settlement, String queue, byte[] body, Map<String, Object> headers) {
        AMQP.BasicProperties properties = RabbitForwardingQueue.properties().builder().headers(headers).build();
        publisher.publish(queue, properties, body).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "could not move a delivery to " + queue + "; it is handed back", failure);
            }
            settlement.settled(failure == null);
        });
    }

    /** What is left to settle of one forwarding message. */
    private final class Settlement {

        private final long tag;
        private final AtomicInteger unsettled;
        private volatile boolean handBack;

        Settlement(long tag, int deliveries) {
            this.tag = tag;
            this.unsettled = new AtomicInteger(deliveries);
        }

        void settled(boolean moved) {
            if (!moved) {
                handBack = true;
            }
            if (unsettled.decrementAndGet() == 0) {
                if (handBack) {
                    handBackLater(tag);
                } else {
                    held.ack(tag);
                }
            }
        }
    }

    private void handBackLater(long tag) {
        timer.schedule(() -> held.handBack(tag), backOff.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops taking deliveries and waits (up to the shutdown timeout) for those in flight to settle, then closes
     * the channel: whatever is still unacked goes back to the queue and is attempted again later.
     */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            if (channel.isOpen()) {
                channel.basicCancel(consumerTag);
            }
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "cancelling the forwarding consumer", e);
        }
        awaitIdle();
        try {
            if (channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | TimeoutException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the forwarding channel", e);
        }
    }

    private void awaitIdle() {
        int left = held.awaitNone(shutdownTimeout);
        if (left > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0} deliveries still in flight after {1}; they are attempted again later",
                    left, shutdownTimeout);
        }
    }
}
