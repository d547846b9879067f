package zen.gateway.application.port.outbound.forwarding;

import java.time.Instant;
import java.util.List;
import zen.gateway.domain.delivery.Delivery;

/**
 * Hands newly planned deliveries (already stored) to whatever sends them: in the embedded mode the scheduler
 * starts them from memory; with RabbitMQ they are published to the forwarding queue.
 */
public interface ForwardingQueue {

    void submit(List<Delivery> planned);

    /**
     * When deliveries planned at {@code plannedAt} fall due in the store: at once, unless the transport starts
     * what it is handed by itself. Then it holds them from birth: they are stored due only when its lease ends,
     * so that nobody else takes them meanwhile, and if it dies first they fall due then.
     */
    default Instant firstDue(Instant plannedAt) {
        return plannedAt;
    }
}
