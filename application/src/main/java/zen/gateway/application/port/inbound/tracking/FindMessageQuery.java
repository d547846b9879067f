package zen.gateway.application.port.inbound.tracking;

import java.util.Optional;
import zen.gateway.domain.message.TrackedMessage;

/** One message by its wamid, or by the BSP's own id where the BSP gives no wamid. */
public interface FindMessageQuery {
    Optional<TrackedMessage> find(String id);
}
