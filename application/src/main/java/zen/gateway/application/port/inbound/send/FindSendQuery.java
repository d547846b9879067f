package zen.gateway.application.port.inbound.send;

import java.util.Optional;

/** A send found by our message id, its wamid or the provider's message id, with its lifecycle so far. */
public interface FindSendQuery {

    Optional<SendDetails> findSend(String id);
}
