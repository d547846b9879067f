package zen.gateway.adapter.amqp.publish;

import com.rabbitmq.client.AMQP;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import zen.gateway.adapter.amqp.broker.BrokerUnavailableException;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.adapter.amqp.framing.DeliveryFraming;
import zen.gateway.adapter.amqp.framing.DeliveryPackFraming;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.domain.delivery.Delivery;

/**
 * Hands planned deliveries to the forwarding queue, packed up to {@link #DELIVERIES_PER_MESSAGE} to a confirmed
 * message, and returns once the broker confirmed them all; otherwise it throws, so the envelope batch that
 * planned them is handed back and tried again. Thread-safe.
 */
public final class RabbitForwardingQueue implements ForwardingQueue {

    /**
     * Deliveries per forwarding message at most. One message each cost the broker 0.20 ms of CPU per event beside
     * the gateway's 0.66; packed, 0.09 (bench/RESULTS.md). Small, because the consumer's prefetch counts messages:
     * a full prefetch holds this many times as many deliveries in memory.
     */
    static final int DELIVERIES_PER_MESSAGE = 16;

    private final ConfirmedPublisher publisher;
    private final Topology topology;
    private final Duration patience;

    public RabbitForwardingQueue(ConfirmedPublisher publisher, Topology topology, Duration confirmTimeout) {
        this.publisher = publisher;
        this.topology = topology;
        // The publisher fails a confirm after its own timeout; this only guards against waiting forever.
        this.patience = confirmTimeout.multipliedBy(2);
    }

    @Override
    public void submit(List<Delivery> planned) {
        if (planned.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        for (int from = 0; from < planned.size(); from += DELIVERIES_PER_MESSAGE) {
            List<Delivery> pack = planned.subList(from, Math.min(planned.size(), from + DELIVERIES_PER_MESSAGE));
            confirms.add(pack.size() == 1
                    ? publisher.publish(topology.forwardingQueue(), properties(), DeliveryFraming.encode(pack.getFirst()))
                    : publisher.publish(topology.forwardingQueue(), packProperties(), DeliveryPackFraming.encode(pack)));
        }
        CompletableFuture<?>[] confirmed = confirms.toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(confirmed).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while handing deliveries to the forwarding queue", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerUnavailableException("could not hand " + planned.size() + " deliveries to the forwarding queue", e);
        }
    }

    public static AMQP.BasicProperties properties() {
        return new AMQP.BasicProperties.Builder().contentType(DeliveryFraming.CONTENT_TYPE).build();
    }

    private static AMQP.BasicProperties packProperties() {
        return new AMQP.BasicProperties.Builder().contentType(DeliveryPackFraming.CONTENT_TYPE).build();
    }
}
