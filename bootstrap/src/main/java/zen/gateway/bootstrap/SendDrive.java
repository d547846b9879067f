package zen.gateway.bootstrap;

import io.dropwizard.core.setup.Environment;
import java.time.Duration;
import zen.gateway.adapter.amqp.RabbitTransport;
import zen.gateway.adapter.embedded.send.SendPoller;
import zen.gateway.application.port.inbound.send.WorkOffSendsUseCase;
import zen.gateway.application.port.outbound.send.SendQueue;
import zen.gateway.bootstrap.config.SendConfig;

/**
 * How the send worker is driven on a transport, and where stored sends are announced. Either way the store's record
 * is the send and a claim is a compare-and-set on it, so nothing drives one send out twice.
 */
interface SendDrive {

    /** How often sends interrupted mid-send and unknown sends past their deadline are settled. */
    Duration SETTLE_EVERY = Duration.ofSeconds(1);

    /** Where the worker announces a send it queued again (throttled). */
    SendQueue requeues();

    /**
     * Starts driving {@code worker}, registered with the lifecycle after the BSP clients (so stopped before them);
     * returns where the send use case announces the sends it stored.
     */
    SendQueue start(WorkOffSendsUseCase worker, Environment environment);

    /**
     * Embedded: the store's queued sends are the queue, polled every {@code pollInterval} and at once when one is
     * queued on this node; a send queued again is found by the polls.
     */
    static SendDrive polling(SendConfig config) {
        return new SendDrive() {
            @Override
            public SendQueue requeues() {
                return SendQueue.STORE_ONLY;
            }

            @Override
            public SendQueue start(WorkOffSendsUseCase worker, Environment environment) {
                SendPoller poller = SendPoller.start(worker, config.pollInterval.toJavaDuration(), SETTLE_EVERY);
                environment.lifecycle().manage(new ClosingManaged(poller));
                return sends -> poller.nudge();
            }
        };
    }

    /**
     * RabbitMQ: each stored send is published to {@code message_send_queue} (by priority, or to a delay queue), and
     * the send consumer works off what it names. The store is swept every {@code sweepInterval} for what the queue
     * does not hold (a send stored while the broker was away, by a node that died before publishing, or due beyond
     * the longest delay queue), with the same claims.
     */
    static SendDrive rabbitmq(RabbitTransport rabbit, SendConfig config) {
        return new SendDrive() {
            @Override
            public SendQueue requeues() {
                return rabbit.sendQueue();
            }

            @Override
            public SendQueue start(WorkOffSendsUseCase worker, Environment environment) {
                environment.lifecycle().manage(new ClosingManaged(rabbit.startSending(worker, config.maxInFlight)));
                SendPoller sweeper = SendPoller.start(worker, config.sweepInterval.toJavaDuration(), SETTLE_EVERY);
                environment.lifecycle().manage(new ClosingManaged(sweeper));
                return rabbit.sendQueue();
            }
        };
    }
}
