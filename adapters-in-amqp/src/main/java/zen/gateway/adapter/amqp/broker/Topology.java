package zen.gateway.adapter.amqp.broker;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zen.gateway.domain.event.Bsp;

/**
 * The queues the gateway uses, named as the existing deployment names them (plus the configured suffix), and
 * their declaration. Everything goes through the default exchange, routed by queue name: no exchange has to
 * exist, and the delay queues dead-letter straight back to the forwarding queue. Immutable.
 */
public final class Topology {

    static final String FORWARDING_QUEUE = "webhook_forwarding_queue";
    static final String DEAD_LETTER_QUEUE = "webhook_forwarding_dlq";
    static final String SEND_QUEUE = "message_send_queue";
    static final String SEND_DEAD_LETTER_QUEUE = "message_send_dlq";
    /**
     * The send queue's {@code x-max-priority}; sends of the send API go at {@link #SINGLE_SEND_PRIORITY}, campaign
     * sends at 0, as the system this replaces gave user-initiated traffic 5 and campaigns 0. Room above for more.
     */
    public static final int SEND_MAX_PRIORITY = 10;
    public static final int SINGLE_SEND_PRIORITY = 5;
    public static final int CAMPAIGN_SEND_PRIORITY = 0;
    /** The longest send delay queue. */
    static final Duration SEND_LADDER_REACH = Duration.ofMinutes(5);
    public static final String DEFAULT_EXCHANGE = "";

    private static final System.Logger LOG = System.getLogger(Topology.class.getName());

    private final RabbitSettings settings;
    private final DelayLadder ladder;
    private final DelayLadder sendLadder;

    public Topology(RabbitSettings settings) {
        this.settings = settings;
        this.ladder = DelayLadder.of(settings.retrySchedule(), settings.delayResolution());
        // sends wait for a pace slot (under a second), a throttle's back-off (the worker's longest is 5 min by
        // default) or a send_at: doublings up to 5 min take each in a few hops; a longer wait is the sweeper's
        this.sendLadder = new DelayLadder(List.of(SEND_LADDER_REACH), settings.delayResolution());
    }

    public String inboundQueue(Bsp bsp) {
        return bsp.id() + "_webhook_queue" + settings.nameSuffix();
    }

    public String forwardingQueue() {
        return FORWARDING_QUEUE + settings.nameSuffix();
    }

    public String deadLetterQueue() {
        return DEAD_LETTER_QUEUE + settings.nameSuffix();
    }

    public String delayQueue(Duration step) {
        return "webhook_forwarding_delay_" + step.toMillis() + "ms" + settings.nameSuffix();
    }

    public DelayLadder ladder() {
        return ladder;
    }

    public String sendQueue() {
        return SEND_QUEUE + settings.nameSuffix();
    }

    public String sendDeadLetterQueue() {
        return SEND_DEAD_LETTER_QUEUE + settings.nameSuffix();
    }

    public String sendDelayQueue(Duration step) {
        return "message_send_delay_" + step.toMillis() + "ms" + settings.nameSuffix();
    }

    /** The waits the send delay queues offer. */
    public DelayLadder sendLadder() {
        return sendLadder;
    }

    /** Whether the send queue has priorities (classic queues; quorum queues on RabbitMQ 3.10 have none). */
    public boolean sendsPrioritized() {
        return settings.queueType() == RabbitSettings.QueueType.CLASSIC;
    }

    /** Whether messages to this BSP's queue carry the envelope's priority. */
    public boolean prioritized(Bsp bsp) {
        return settings.prioritizedBsps().contains(bsp) && settings.queueType() == RabbitSettings.QueueType.CLASSIC;
    }

    public List<String> allQueues() {
        List<String> names = new ArrayList<>();
        for (Bsp bsp : Bsp.values()) {
            names.add(inboundQueue(bsp));
        }
        names.add(forwardingQueue());
        names.add(deadLetterQueue());
        ladder.steps().forEach(step -> names.add(delayQueue(step)));
        names.add(sendQueue());
        names.add(sendDeadLetterQueue());
        sendLadder.steps().forEach(step -> names.add(sendDelayQueue(step)));
        return names;
    }

    /**
     * Declares every queue; declaring an existing queue with the same arguments changes nothing. A queue that
     * exists with other arguments makes the broker close the channel, and this fails naming the queue.
     */
    public void declare(Channel channel) throws IOException {
        if (settings.queueType() == RabbitSettings.QueueType.QUORUM && !settings.prioritizedBsps().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "quorum queues on RabbitMQ 3.10 have no priorities: "
                    + "user-initiated webhooks of " + settings.prioritizedBsps() + " are not taken first");
        }
        for (Bsp bsp : Bsp.values()) {
            Map<String, Object> arguments = typed();
            if (prioritized(bsp)) {
                arguments.put("x-max-priority", settings.maxPriority());
            }
            declare(channel, inboundQueue(bsp), arguments);
        }
        declare(channel, forwardingQueue(), typed());
        declare(channel, deadLetterQueue(), typed());
        for (Duration step : ladder.steps()) {
            Map<String, Object> arguments = typed();
            arguments.put("x-message-ttl", step.toMillis());
            arguments.put("x-dead-letter-exchange", DEFAULT_EXCHANGE);
            arguments.put("x-dead-letter-routing-key", forwardingQueue());
            declare(channel, delayQueue(step), arguments);
        }
        declareSends(channel);
    }

    /** The send queue, its delay queues (each dead-lettering back to it when its wait is over) and its DLQ. */
    private void declareSends(Channel channel) throws IOException {
        Map<String, Object> prioritized = typed();
        if (sendsPrioritized()) {
            prioritized.put("x-max-priority", SEND_MAX_PRIORITY);
        }
        declare(channel, sendQueue(), prioritized);
        declare(channel, sendDeadLetterQueue(), typed());
        for (Duration step : sendLadder.steps()) {
            Map<String, Object> arguments = typed();
            arguments.put("x-message-ttl", step.toMillis());
            arguments.put("x-dead-letter-exchange", DEFAULT_EXCHANGE);
            arguments.put("x-dead-letter-routing-key", sendQueue());
            declare(channel, sendDelayQueue(step), arguments);
        }
    }

    /**
     * Classic queues are declared without {@code x-queue-type}, as the existing deployment declared them, so that
     * declaring them again is not a mismatch.
     */
    private Map<String, Object> typed() {
        Map<String, Object> arguments = new HashMap<>();
        if (settings.queueType() != RabbitSettings.QueueType.CLASSIC) {
            arguments.put("x-queue-type", settings.queueType().argument());
        }
        return arguments;
    }

    private static void declare(Channel channel, String queue, Map<String, Object> arguments) throws IOException {
        try {
            AMQP.Queue.DeclareOk ok = channel.queueDeclare(queue, true, false, false, arguments);
            LOG.log(System.Logger.Level.DEBUG, "declared {0} ({1} messages waiting)", queue, ok.getMessageCount());
        } catch (IOException e) {
            throw new IOException("could not declare queue " + queue + " with " + arguments
                    + " (does it exist with other arguments?)", e);
        }
    }
}
