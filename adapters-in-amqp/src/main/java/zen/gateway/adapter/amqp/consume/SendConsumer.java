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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import zen.gateway.adapter.amqp.broker.DelayLadder;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.adapter.amqp.framing.MalformedMessageException;
import zen.gateway.adapter.amqp.framing.SendFraming;
import zen.gateway.adapter.amqp.publish.ConfirmedPublisher;
import zen.gateway.application.port.inbound.send.SendOneResult;
import zen.gateway.application.port.inbound.send.WorkOffSendsUseCase;

/**
 * Consumes the send queue, highest priority first: each message names one send, which the worker works off
 * ({@link WorkOffSendsUseCase#sendOne}). Claimed, or not queued any more (a redelivery, or a sweep got there first):
 * acked, and nothing is sent twice. Not yet due, or held by its sender's pace: moved to the delay queue whose wait
 * fits, then acked; a wait longer than the longest delay is left to the sweeper, which finds the send in the store.
 * Unreadable, naming no stored send, or failing {@link #MAX_FAILURES} times (the store did not answer): moved to the
 * DLQ, where operators can read why; the send itself, if stored, still waits for the sweeper. A move is acked only once
 * the broker confirmed it, so the message is always in some queue. Thread-safe.
 */
public final class SendConsumer implements AutoCloseable {

    /** Attempts at working off a send that failed with an exception before its message goes to the DLQ. */
    static final int MAX_FAILURES = 5;
    /** How long a send waits after working it off failed (the store did not answer). */
    static final Duration AFTER_FAILURE = Duration.ofSeconds(5);
    static final String FAILURES_HEADER = "x-zen-failures";
    static final String REASON_HEADER = "x-zen-reason";

    private static final System.Logger LOG = System.getLogger(SendConsumer.class.getName());

    private final Connection connection;
    private final Topology topology;
    private final ConfirmedPublisher publisher;
    private final WorkOffSendsUseCase worker;
    private final int prefetch;
    private final Duration backOff;
    private final Duration shutdownTimeout;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final HeldMessages held = new HeldMessages("the send queue");
    private volatile Channel channel;
    private String consumerTag;

    /**
     * Works off through {@code worker}, at most {@code prefetch} messages in hand; moves messages with
     * {@code publisher}; hands a message back after {@code backOff} when a move failed.
     */
    public SendConsumer(Connection connection, Topology topology, ConfirmedPublisher publisher, WorkOffSendsUseCase worker,
            int prefetch, Duration backOff, Duration shutdownTimeout, ScheduledExecutorService timer, Clock clock) {
        this.connection = connection;
        this.topology = topology;
        this.publisher = publisher;
        this.worker = worker;
        this.prefetch = prefetch;
        this.backOff = backOff;
        this.shutdownTimeout = shutdownTimeout;
        this.timer = timer;
        this.clock = clock;
    }

    public void start() throws IOException {
        channel = connection.createChannel();
        held.on(channel);
        channel.basicQos(prefetch);
        consumerTag = channel.basicConsume(topology.sendQueue(), false, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                take(envelope.getDeliveryTag(), properties, body);
            }

            @Override
            public void handleCancel(String tag) {
                LOG.log(System.Logger.Level.ERROR, "the broker cancelled consuming {0} (queue deleted?)", topology.sendQueue());
            }
        });
    }

    private void take(long tag, AMQP.BasicProperties properties, byte[] body) {
        held.taken();
        String messageId;
        try {
            messageId = SendFraming.decode(body);
        } catch (MalformedMessageException e) {
            LOG.log(System.Logger.Level.WARNING, "moving an unreadable message from the send queue to its DLQ: {0}", e.getMessage());
            move(tag, topology.sendDeadLetterQueue(), with(properties, REASON_HEADER, "unreadable: " + e.getMessage()), body);
            return;
        }
        SendOneResult result;
        try {
            result = worker.sendOne(messageId);
        } catch (RuntimeException e) {
            failed(tag, properties, body, messageId, e);
            return;
        }
        switch (result) {
            case SendOneResult.Taken taken -> held.ack(tag);
            case SendOneResult.NotQueued notQueued -> held.ack(tag);
            case SendOneResult.Later later -> later(tag, properties, body, later.at());
            case SendOneResult.NoSuchSend none -> move(tag, topology.sendDeadLetterQueue(),
                    with(properties, REASON_HEADER, "no send " + messageId + " is stored"), body);
        }
    }

    private void failed(long tag, AMQP.BasicProperties properties, byte[] body, String messageId, RuntimeException e) {
        int failures = failures(properties) + 1;
        if (failures >= MAX_FAILURES) {
            LOG.log(System.Logger.Level.WARNING, "working off send " + messageId + " failed " + failures
                    + " times; its message goes to the DLQ and the send waits in the store for the sweeper", e);
            move(tag, topology.sendDeadLetterQueue(), with(properties, REASON_HEADER, "failed " + failures + " times: "
                    + e.getMessage()), body);
        } else {
            LOG.log(System.Logger.Level.WARNING, "working off send " + messageId + " failed; trying again in about "
                    + AFTER_FAILURE, e);
            move(tag, delayQueueFor(AFTER_FAILURE), with(properties, FAILURES_HEADER, failures), body);
        }
    }

    /** To the delay queue that fits; a wait beyond the longest is the sweeper's (the send is in the store). */
    private void later(long tag, AMQP.BasicProperties properties, byte[] body, Instant at) {
        Duration remaining = Duration.between(clock.instant(), at);
        if (!topology.sendLadder().reaches(remaining)) {
            held.ack(tag);
            return;
        }
        move(tag, delayQueueFor(remaining), properties, body);
    }

    /** Never straight back to the send queue: a send held by its pace would come round again at once. */
    private String delayQueueFor(Duration remaining) {
        DelayLadder ladder = topology.sendLadder();
        return topology.sendDelayQueue(ladder.stepFor(remaining).orElse(ladder.steps().getFirst()));
    }

    private static int failures(AMQP.BasicProperties properties) {
        Object value = properties.getHeaders() == null ? null : properties.getHeaders().get(FAILURES_HEADER);
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static AMQP.BasicProperties with(AMQP.BasicProperties properties, String header, Object value) {
        Map<String, Object> headers = properties.getHeaders() == null ? new HashMap<>() : new HashMap<>(properties.getHeaders());
        headers.put(header, value);
        return properties.builder().headers(headers).build();
    }

    /** Publishes first and acks once the broker confirmed; hands the message back if it could not be moved. */
    private void move(long tag, String queue, AMQP.BasicProperties properties, byte[] body) {
        publisher.publish(queue, properties, body).whenComplete((ok, failure) -> {
            if (failure == null) {
                held.ack(tag);
            } else {
                LOG.log(System.Logger.Level.WARNING, "could not move a send message to " + queue + "; it is handed back", failure);
                timer.schedule(() -> held.handBack(tag), backOff.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /**
     * Stops taking messages and waits (up to the shutdown timeout) for those in hand to be acked or moved, then
     * closes the channel: whatever is still unacked goes back to the queue. Idempotent.
     */
    @Override
    public void close() {
        Channel open = channel;
        if (open == null || !open.isOpen()) {
            return;
        }
        try {
            open.basicCancel(consumerTag);
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "cancelling the send consumer", e);
        }
        held.awaitNone(shutdownTimeout);
        try {
            if (open.isOpen()) {
                open.close();
            }
        } catch (IOException | TimeoutException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the send channel", e);
        }
    }
}
