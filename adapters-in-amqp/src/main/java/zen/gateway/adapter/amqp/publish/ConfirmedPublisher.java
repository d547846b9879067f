package zen.gateway.adapter.amqp.publish;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.BlockedListener;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import zen.gateway.adapter.amqp.broker.BrokerUnavailableException;
import zen.gateway.adapter.amqp.broker.Topology;

/**
 * Publishes persistent messages on one channel in confirm mode and completes each message's future when the
 * broker confirms it, asynchronously: any number of callers have messages in flight at once and nobody waits
 * on {@code waitForConfirms}. A nack, a return (mandatory publish to a queue that is gone), a confirm that
 * does not come within the timeout, or the loss of the channel fail the future. While the channel is down or
 * the broker blocks publishers (memory or disk alarm), publishing fails at once instead of piling up.
 * Futures complete on a thread of the publisher's own, never on the client's I/O thread: whatever the caller
 * chains on them (answering HTTP requests, acking on another channel) must not hold up reading from the socket.
 * Thread-safe.
 */
public final class ConfirmedPublisher implements AutoCloseable {

    private record Outstanding(String messageId, CompletableFuture<Void> confirmed, long sentAtNanos) {}

    private static final System.Logger LOG = System.getLogger(ConfirmedPublisher.class.getName());

    private final Channel channel;
    private final Duration confirmTimeout;
    private final String idPrefix = UUID.randomUUID().toString().substring(0, 8) + "-";
    private final AtomicLong ids = new AtomicLong();
    /**
     * Keyed by {@link #key}: the channel's incarnation and its publish sequence number. A recovered channel numbers
     * its publishes from 1 again, so a confirm must never settle a message published on an earlier incarnation.
     */
    private final ConcurrentNavigableMap<Long, Outstanding> outstanding = new ConcurrentSkipListMap<>();
    private final AtomicLong incarnation = new AtomicLong();
    private final Set<String> returned = ConcurrentHashMap.newKeySet();
    /** Sequence numbers are per channel, so taking one and publishing must not interleave between threads. */
    private final ReentrantLock publishing = new ReentrantLock();
    private final ScheduledFuture<?> sweeper;
    private final ExecutorService completions;
    private volatile boolean blocked;
    private volatile boolean closed;

    private ConfirmedPublisher(Channel channel, String role, Duration confirmTimeout, ScheduledExecutorService timer) {
        this.channel = channel;
        this.confirmTimeout = confirmTimeout;
        this.completions = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("amqp-confirms-" + role).daemon().factory());
        long every = Math.max(10, confirmTimeout.toMillis() / 4);
        this.sweeper = timer.scheduleWithFixedDelay(this::failOverdue, every, every, TimeUnit.MILLISECONDS);
    }

    public static ConfirmedPublisher open(Connection connection, String role, Duration confirmTimeout, ScheduledExecutorService timer)
            throws IOException {
        Channel channel = connection.createChannel();
        channel.confirmSelect();
        ConfirmedPublisher publisher = new ConfirmedPublisher(channel, role, confirmTimeout, timer);
        channel.addConfirmListener(publisher.confirms());
        channel.addReturnListener(returnedMessage -> publisher.returned.add(returnedMessage.getProperties().getMessageId()));
        channel.addShutdownListener(publisher::channelLost);
        connection.addBlockedListener(publisher.alarms());
        if (connection instanceof Recoverable recoverable) {
            recoverable.addRecoveryListener(publisher.recovery());
        }
        return publisher;
    }

    /** Whether a publish could succeed now. */
    boolean available() {
        return !closed && !blocked && channel.isOpen();
    }

    /** What stops publishing, or null when nothing does. */
    public String unavailableBecause() {
        if (closed) {
            return "the publisher is closed";
        }
        if (blocked) {
            return "the broker blocks publishers (resource alarm)";
        }
        return channel.isOpen() ? null : "the connection to the broker is down";
    }

    int outstandingCount() {
        return outstanding.size();
    }

    /** Publishes {@code body} to {@code queue} through the default exchange, persistent and mandatory. */
    public CompletableFuture<Void> publish(String queue, AMQP.BasicProperties properties, byte[] body) {
        String unavailable = unavailableBecause();
        if (unavailable != null) {
            return CompletableFuture.failedFuture(new BrokerUnavailableException(unavailable));
        }
        String messageId = idPrefix + ids.incrementAndGet();
        AMQP.BasicProperties persistent = properties.builder().deliveryMode(2).messageId(messageId).build();
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        publishing.lock();
        long sequence = -1;
        try {
            long current = incarnation.get();
            sequence = key(current, channel.getNextPublishSeqNo());
            outstanding.put(sequence, new Outstanding(messageId, confirmed, System.nanoTime()));
            channel.basicPublish(Topology.DEFAULT_EXCHANGE, queue, true, persistent, body);
        } catch (IOException | AlreadyClosedException e) {
            if (sequence >= 0) {
                outstanding.remove(sequence);
            }
            confirmed.completeExceptionally(new BrokerUnavailableException("publishing failed: " + e.getMessage(), e));
        } finally {
            publishing.unlock();
        }
        return confirmed;
    }

    private ConfirmListener confirms() {
        return new ConfirmListener() {
            @Override
            public void handleAck(long sequence, boolean multiple) {
                settle(sequence, multiple, true);
            }

            @Override
            public void handleNack(long sequence, boolean multiple) {
                settle(sequence, multiple, false);
            }
        };
    }

    private static long key(long incarnation, long sequence) {
        return (incarnation << 40) | sequence;
    }

    private void settle(long sequence, boolean multiple, boolean acked) {
        long current = incarnation.get();
        Map<Long, Outstanding> settled = outstanding.subMap(
                multiple ? key(current, 0) : key(current, sequence), true, key(current, sequence), true);
        List<Runnable> outcomes = new ArrayList<>();
        for (var it = settled.entrySet().iterator(); it.hasNext(); ) {
            Outstanding o = it.next().getValue();
            it.remove();
            boolean wasReturned = returned.remove(o.messageId());
            if (!acked) {
                outcomes.add(() -> o.confirmed().completeExceptionally(new BrokerUnavailableException("the broker refused the message (nack)")));
            } else if (wasReturned) {
                outcomes.add(() -> o.confirmed().completeExceptionally(new BrokerUnavailableException("no queue took the message (returned)")));
            } else {
                outcomes.add(() -> o.confirmed().complete(null));
            }
        }
        complete(outcomes);
    }

    private void complete(List<Runnable> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        try {
            completions.execute(() -> outcomes.forEach(Runnable::run));
        } catch (RejectedExecutionException closing) {
            outcomes.forEach(Runnable::run);
        }
    }

    /** Confirms of a lost channel never come; its sequence numbers start again on the recovered one. */
    private void channelLost(ShutdownSignalException cause) {
        incarnation.incrementAndGet();
        failAll("the connection to the broker was lost: " + cause.getMessage());
    }

    private void failAll(String reason) {
        List<Runnable> outcomes = new ArrayList<>();
        for (var it = outstanding.entrySet().iterator(); it.hasNext(); ) {
            Outstanding o = it.next().getValue();
            it.remove();
            outcomes.add(() -> o.confirmed().completeExceptionally(new BrokerUnavailableException(reason)));
        }
        returned.clear();
        complete(outcomes);
    }

    private void failOverdue() {
        long overdueBefore = System.nanoTime() - confirmTimeout.toNanos();
        List<Runnable> outcomes = new ArrayList<>();
        for (var it = outstanding.entrySet().iterator(); it.hasNext(); ) {
            Outstanding o = it.next().getValue();
            if (o.sentAtNanos() - overdueBefore > 0) {
                break;
            }
            it.remove();
            returned.remove(o.messageId());
            outcomes.add(() -> o.confirmed().completeExceptionally(
                    new BrokerUnavailableException("no confirm from the broker within " + confirmTimeout)));
        }
        complete(outcomes);
    }

    private BlockedListener alarms() {
        return new BlockedListener() {
            @Override
            public void handleBlocked(String reason) {
                LOG.log(System.Logger.Level.WARNING, "the broker blocks publishers: {0}", reason);
                blocked = true;
            }

            @Override
            public void handleUnblocked() {
                LOG.log(System.Logger.Level.INFO, "the broker takes publishes again");
                blocked = false;
            }
        };
    }

    private RecoveryListener recovery() {
        return new RecoveryListener() {
            @Override
            public void handleRecovery(Recoverable recoverable) {
                blocked = false;
            }

            @Override
            public void handleRecoveryStarted(Recoverable recoverable) {}
        };
    }

    /** Waits up to {@code patience} for the confirms still outstanding. */
    public boolean awaitConfirms(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        CompletableFuture<?>[] waiting = outstanding.values().stream().map(Outstanding::confirmed).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(waiting).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return outstanding.isEmpty();
        }
    }

    /** Stops publishing; what is still unconfirmed fails. Call {@link #awaitConfirms} first to let it finish. */
    @Override
    public void close() {
        closed = true;
        sweeper.cancel(false);
        failAll("the publisher is closed");
        completions.shutdown();
        try {
            if (channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | java.util.concurrent.TimeoutException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the publishing channel", e);
        }
    }
}
