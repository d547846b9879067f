package zen.gateway.adapter.amqp.publish;

import com.rabbitmq.client.AMQP;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import zen.gateway.adapter.amqp.broker.DelayLadder;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.adapter.amqp.framing.SendFraming;
import zen.gateway.application.port.outbound.send.SendQueue;
import zen.gateway.application.port.outbound.send.SendRecord;

/**
 * Tells the broker of sends stored and durable: a message naming each ({@link SendFraming}) on the send queue, at
 * priority 5 for a send of the send API and 0 for a campaign's, or on the delay queue whose wait fits a send due
 * later. A send due further ahead than the longest delay is not published: the sweeper takes it from the store once it
 * is due. Never fails the caller: the send is durable in the store already (its 202 stands), and one the broker did
 * not confirm stays there queued until the sweeper sends it. Thread-safe.
 */
public final class RabbitSendQueue implements SendQueue {

    private static final System.Logger LOG = System.getLogger(RabbitSendQueue.class.getName());

    private final ConfirmedPublisher publisher;
    private final Topology topology;
    private final Clock clock;

    public RabbitSendQueue(ConfirmedPublisher publisher, Topology topology, Clock clock) {
        this.publisher = publisher;
        this.topology = topology;
        this.clock = clock;
    }

    @Override
    public void queued(List<SendRecord> sends) {
        CompletableFuture<?>[] published = sends.stream().map(this::publish).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(published).whenComplete((ok, failure) -> {
            if (failure != null) {
                long failed = Arrays.stream(published).filter(CompletableFuture::isCompletedExceptionally).count();
                LOG.log(System.Logger.Level.WARNING, "{0} of {1} sends were not published to {2} ({3}); they wait in the "
                        + "store for the sweeper", failed, sends.size(), topology.sendQueue(), failure.getMessage());
            }
        });
    }

    /** Completes when the broker confirmed the message, or at once for a send left to the sweeper. */
    public CompletableFuture<Void> publish(SendRecord send) {
        Duration remaining = Duration.between(clock.instant(), send.dueAt());
        DelayLadder ladder = topology.sendLadder();
        if (!ladder.reaches(remaining)) {
            return CompletableFuture.completedFuture(null);
        }
        String queue = ladder.stepFor(remaining).map(topology::sendDelayQueue).orElse(topology.sendQueue());
        return publisher.publish(queue, properties(priority(send)), SendFraming.encode(send.messageId()));
    }

    static int priority(SendRecord send) {
        return send.priority() == SendRecord.CAMPAIGN ? Topology.CAMPAIGN_SEND_PRIORITY : Topology.SINGLE_SEND_PRIORITY;
    }

    public static AMQP.BasicProperties properties(int priority) {
        return new AMQP.BasicProperties.Builder().contentType(SendFraming.CONTENT_TYPE).priority(priority).build();
    }
}
