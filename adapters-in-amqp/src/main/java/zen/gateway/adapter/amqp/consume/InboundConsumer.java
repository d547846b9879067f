package zen.gateway.adapter.amqp.consume;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.adapter.amqp.framing.EnvelopeFraming;
import zen.gateway.adapter.amqp.framing.MalformedMessageException;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.inbound.quarantine.QuarantineInputUseCase;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Consumes one inbound queue on a channel of its own and hands its envelopes to the handler in batches, from
 * one thread of its own: the broker's deliveries wait in a local buffer (at most the prefetch), the worker takes
 * what is there up to {@code batchSize} envelopes, calls the handler, and acks everything up to the batch's
 * last delivery only after the handler returned. A handler failure hands the batch back (nack, requeue) after
 * a back-off so a failing store is not hammered. A message that is not an envelope pack goes to quarantine and
 * is acked. If the connection drops, the broker redelivers whatever was not acked, and deliveries buffered from
 * the lost channel are dropped unhandled (their acks could not reach the broker anyway).
 * Thread-safe.
 */
final class InboundConsumer implements AutoCloseable {

    private record Arrival(long generation, long deliveryTag, AMQP.BasicProperties properties, byte[] body) {}

    private record Batch(List<InboundEnvelope> envelopes, long lastDeliveryTag, int messages) {}

    private static final System.Logger LOG = System.getLogger(InboundConsumer.class.getName());

    private final Connection connection;
    private final String queue;
    private final int prefetch;
    private final int batchSize;
    private final ProcessEnvelopesUseCase handler;
    private final QuarantineInputUseCase quarantine;
    private final Duration backOff;
    private final Duration shutdownTimeout;
    private final Clock clock;
    private final BlockingQueue<Arrival> buffer = new LinkedBlockingQueue<>();
    /** Counts the channel's lives: delivery tags of an earlier life are worthless. */
    private final AtomicLong generation = new AtomicLong();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile Channel channel;
    /** Broker messages of the batch being handled, 0 between batches. */
    private volatile int inHand;
    private String consumerTag;
    private Thread worker;

    InboundConsumer(Connection connection, String queue, RabbitSettings settings, ProcessEnvelopesUseCase handler,
            QuarantineInputUseCase quarantine, Clock clock) {
        this.connection = connection;
        this.queue = queue;
        this.prefetch = settings.inboundPrefetch();
        this.batchSize = settings.inboundBatchSize();
        this.handler = handler;
        this.quarantine = quarantine;
        this.backOff = settings.handlerBackoff();
        this.shutdownTimeout = settings.shutdownTimeout();
        this.clock = clock;
    }

    void start() throws IOException {
        channel = connection.createChannel();
        channel.basicQos(prefetch);
        channel.addShutdownListener(cause -> {
            generation.incrementAndGet();
            buffer.clear();
        });
        consumerTag = channel.basicConsume(queue, false, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                buffer.add(new Arrival(generation.get(), envelope.getDeliveryTag(), properties, body));
            }

            @Override
            public void handleCancel(String tag) {
                LOG.log(System.Logger.Level.ERROR, "the broker cancelled consuming {0} (queue deleted?)", queue);
            }
        });
        worker = Thread.ofPlatform().name("amqp-inbound-" + queue).daemon().start(this::run);
    }

    private boolean running() {
        return stopping.getCount() > 0;
    }

    private void run() {
        while (running()) {
            try {
                Arrival first = buffer.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    process(gather(first));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "consuming " + queue + " failed; unacked messages are redelivered", e);
            }
        }
    }

    /** Unreadable messages are set aside and acked on the way; the rest make the batch. */
    private Batch gather(Arrival first) {
        List<InboundEnvelope> envelopes = new ArrayList<>();
        long lastTag = -1;
        int messages = 0;
        long current = generation.get();
        for (Arrival arrival = first; arrival != null; arrival = envelopes.size() < batchSize ? buffer.poll() : null) {
            if (arrival.generation() != current) {
                continue;
            }
            try {
                envelopes.addAll(EnvelopeFraming.decode(arrival.body()));
                lastTag = arrival.deliveryTag();
                messages++;
            } catch (MalformedMessageException e) {
                setAside(arrival, e.getMessage());
            }
        }
        return new Batch(envelopes, lastTag, messages);
    }

    private void setAside(Arrival arrival, String reason) {
        String id = arrival.properties().getMessageId() != null
                ? "amqp-" + arrival.properties().getMessageId()
                : "amqp-sha256-" + sha256(arrival.body());
        try {
            quarantine.keep(id, "queue/" + queue, reason, clock.instant(), arrival.body());
            ack(arrival.deliveryTag(), false);
            LOG.log(System.Logger.Level.WARNING, "quarantined an unreadable message from {0}: {1}", queue, reason);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not quarantine an unreadable message from " + queue + "; handing it back", e);
            pause();
            nack(arrival.deliveryTag(), false);
        }
    }

    private void process(Batch batch) {
        if (batch.envelopes().isEmpty()) {
            return;
        }
        inHand = batch.messages();
        try {
            handleAndSettle(batch);
        } finally {
            inHand = 0;
        }
    }

    /** Messages delivered to this consumer and not acked yet: buffered, or in the batch being handled. */
    int held() {
        return buffer.size() + inHand;
    }

    private void handleAndSettle(Batch batch) {
        try {
            handler.process(List.copyOf(batch.envelopes()));
        } catch (RuntimeException | Error e) {
            // An Error too: the worker must not die with the batch unacked, which would stall the queue.
            LOG.log(System.Logger.Level.WARNING, "handling a batch from " + queue + " failed; it is handed back after " + backOff, e);
            pause();
            nack(batch.lastDeliveryTag(), true);
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            return;
        }
        ack(batch.lastDeliveryTag(), true);
    }

    /** Waits out the back-off, or less if the consumer is closing. */
    private void pause() {
        try {
            stopping.await(backOff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // A tag of an earlier channel life is dropped by the client; a closed channel has nothing left to ack.
    private void ack(long deliveryTag, boolean multiple) {
        try {
            channel.basicAck(deliveryTag, multiple);
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.INFO, "ack on {0} lost with the channel; the broker redelivers", queue);
        }
    }

    private void nack(long deliveryTag, boolean multiple) {
        try {
            channel.basicNack(deliveryTag, multiple, true);
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.INFO, "nack on {0} lost with the channel; the broker redelivers", queue);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Stops taking deliveries, lets the batch in hand finish (up to the shutdown timeout), and closes the
     * channel: the broker requeues whatever was delivered but not acked.
     */
    @Override
    public void close() {
        if (channel == null || !running()) {
            return;
        }
        try {
            if (channel.isOpen()) {
                channel.basicCancel(consumerTag);
            }
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "cancelling the consumer of " + queue, e);
        }
        stopping.countDown();
        try {
            worker.join(shutdownTimeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            LOG.log(System.Logger.Level.WARNING, "the handler of {0} did not finish within {1}; its batch is redelivered",
                    queue, shutdownTimeout);
        }
        try {
            if (channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | java.util.concurrent.TimeoutException | AlreadyClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the channel of " + queue, e);
        }
    }
}
