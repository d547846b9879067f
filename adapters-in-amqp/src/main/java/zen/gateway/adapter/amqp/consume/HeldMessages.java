package zen.gateway.adapter.amqp.consume;

import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The messages a consumer holds unacked on its channel: each one taken is counted until it is acked or handed back,
 * and a consumer shutting down waits for none to be held. An ack on a channel that closed meanwhile (or with a tag of
 * its earlier life) is lost, and harmless: the broker redelivers. Thread-safe.
 */
final class HeldMessages {

    private static final System.Logger LOG = System.getLogger(HeldMessages.class.getName());

    private final String queue;
    private final AtomicInteger held = new AtomicInteger();
    private final ReentrantLock settling = new ReentrantLock();
    private final Condition none = settling.newCondition();
    private volatile Channel channel;

    /** {@code queue} names the queue in logs, e.g. "the send queue". */
    HeldMessages(String queue) {
        this.queue = queue;
    }

    /** The channel the messages come on from now. */
    void on(Channel channel) {
        this.channel = channel;
    }

    void taken() {
        held.incrementAndGet();
    }

    int count() {
        return held.get();
    }

    void ack(long tag) {
        try {
            channel.basicAck(tag, false);
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.INFO, "an ack on " + queue + " was lost with its channel; the broker redelivers");
        } finally {
            released();
        }
    }

    /** Back to the queue, for this or another consumer to take again. */
    void handBack(long tag) {
        try {
            channel.basicNack(tag, false, true);
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.INFO, "a nack on " + queue + " was lost with its channel; the broker redelivers");
        } finally {
            released();
        }
    }

    private void released() {
        if (held.decrementAndGet() == 0) {
            settling.lock();
            try {
                none.signalAll();
            } finally {
                settling.unlock();
            }
        }
    }

    /** Waits up to {@code timeout} for no message to be held; returns how many still are. */
    int awaitNone(Duration timeout) {
        long left = timeout.toNanos();
        settling.lock();
        try {
            while (held.get() > 0 && left > 0) {
                left = none.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            settling.unlock();
        }
        return held.get();
    }
}
