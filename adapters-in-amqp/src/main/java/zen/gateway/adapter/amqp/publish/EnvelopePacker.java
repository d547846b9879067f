package zen.gateway.adapter.amqp.publish;

import com.rabbitmq.client.AMQP;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import zen.gateway.adapter.amqp.broker.BrokerUnavailableException;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.adapter.amqp.framing.EnvelopeFraming;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Packs envelopes published at about the same time into few broker messages: the first envelope waits at
 * most {@code linger} for others (or until {@code maxEnvelopes} are waiting), then each BSP queue and priority
 * gets one message per {@code maxEnvelopes}/{@code maxBytes}, and one confirm completes the futures of every
 * envelope in it. The broker handles a bounded number of messages per second, so packing is what lets ingest
 * go past it. Envelopes keep their order within a queue and priority. One thread of its own; thread-safe.
 */
final class EnvelopePacker implements AutoCloseable {

    private record Pending(InboundEnvelope envelope, CompletableFuture<Void> durable) {}

    private record Destination(Bsp bsp, int priority) {}

    private static final System.Logger LOG = System.getLogger(EnvelopePacker.class.getName());

    private final ConfirmedPublisher publisher;
    private final Topology topology;
    private final long lingerNanos;
    private final int maxEnvelopes;
    private final int maxBytes;
    private final BlockingQueue<Pending> incoming = new LinkedBlockingQueue<>();
    private final Thread packer;
    private volatile boolean accepting = true;

    EnvelopePacker(ConfirmedPublisher publisher, Topology topology, Duration linger, int maxEnvelopes, int maxBytes) {
        this.publisher = publisher;
        this.topology = topology;
        this.lingerNanos = linger.toNanos();
        this.maxEnvelopes = maxEnvelopes;
        this.maxBytes = maxBytes;
        this.packer = Thread.ofPlatform().name("amqp-envelope-packer").daemon().start(this::run);
    }

    CompletableFuture<Void> publish(InboundEnvelope envelope) {
        if (!accepting) {
            return CompletableFuture.failedFuture(new IllegalStateException("the envelope queue is closed"));
        }
        String unavailable = publisher.unavailableBecause();
        if (unavailable != null) {
            return CompletableFuture.failedFuture(new BrokerUnavailableException(unavailable));
        }
        Pending pending = new Pending(envelope, new CompletableFuture<>());
        incoming.add(pending);
        // close() may have drained the queue for the last time between the check above and the add.
        if (!accepting && incoming.remove(pending)) {
            pending.durable().completeExceptionally(new IllegalStateException("the envelope queue is closed"));
        }
        return pending.durable();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (accepting || !incoming.isEmpty()) {
            try {
                Pending first = incoming.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gatherUntilFullOrLingered(batch);
                flush(batch);
            } catch (InterruptedException e) {
                batch.forEach(p -> p.durable().completeExceptionally(new IllegalStateException("the envelope packer was interrupted")));
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "packing envelopes failed", e);
                batch.forEach(p -> p.durable().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void gatherUntilFullOrLingered(List<Pending> batch) throws InterruptedException {
        long deadline = System.nanoTime() + lingerNanos;
        while (batch.size() < maxEnvelopes) {
            long left = deadline - System.nanoTime();
            Pending next = left > 0 ? incoming.poll(left, TimeUnit.NANOSECONDS) : incoming.poll();
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private void flush(List<Pending> batch) {
        Map<Destination, List<Pending>> byDestination = new LinkedHashMap<>();
        for (Pending p : batch) {
            byDestination.computeIfAbsent(new Destination(p.envelope().bsp(), p.envelope().priority()), d -> new ArrayList<>()).add(p);
        }
        byDestination.forEach((destination, pending) -> {
            List<Pending> pack = new ArrayList<>();
            int bytes = 0;
            for (Pending p : pending) {
                if (!pack.isEmpty() && (pack.size() >= maxEnvelopes || bytes + p.envelope().body().length > maxBytes)) {
                    send(destination, pack);
                    pack = new ArrayList<>();
                    bytes = 0;
                }
                pack.add(p);
                bytes += p.envelope().body().length;
            }
            send(destination, pack);
        });
    }

    private void send(Destination destination, List<Pending> pack) {
        AMQP.BasicProperties.Builder properties = new AMQP.BasicProperties.Builder()
                .contentType(EnvelopeFraming.CONTENT_TYPE)
                .timestamp(new Date());
        if (topology.prioritized(destination.bsp())) {
            properties.priority(destination.priority());
        }
        byte[] body = EnvelopeFraming.encode(pack.stream().map(Pending::envelope).toList());
        publisher.publish(topology.inboundQueue(destination.bsp()), properties.build(), body)
                .whenComplete((ok, failure) -> pack.forEach(p -> {
                    if (failure == null) {
                        p.durable().complete(null);
                    } else {
                        p.durable().completeExceptionally(failure);
                    }
                }));
    }

    /** Publishes what is waiting, then stops; publishing after this fails. Confirms are the publisher's business. */
    @Override
    public void close() {
        accepting = false;
        try {
            packer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Pending> left = new ArrayList<>();
        incoming.drainTo(left);
        left.forEach(p -> p.durable().completeExceptionally(new IllegalStateException("the envelope queue is closed")));
    }
}
