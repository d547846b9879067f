package zen.gateway.application.port.outbound;

import java.util.List;
import zen.gateway.domain.delivery.Delivery;

/**
 * Hands newly planned deliveries (already stored) to whatever sends them: in the embedded mode this wakes the
 * scheduler that reads due deliveries from the store; with RabbitMQ it publishes them to the forwarding queue.
 */
public interface ForwardingQueue {
    void submit(List<Delivery> planned);
}
