package zen.gateway.application.port.inbound.conversations;

import java.util.Optional;
import zen.gateway.domain.conversation.ReceivedMessage;

/** One inbound message by its wamid, or by the BSP's own id where the BSP gives no wamid. */
public interface FindInboundMessageQuery {
    Optional<ReceivedMessage> findInbound(String id);
}
