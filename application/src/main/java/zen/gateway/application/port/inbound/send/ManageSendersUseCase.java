package zen.gateway.application.port.inbound.send;

import java.util.List;
import java.util.Optional;
import zen.gateway.domain.send.Sender;

/**
 * A project's senders: its business numbers on its providers. Registering one maps its number to the project, so
 * that the status webhooks of what it sends find the project.
 */
public interface ManageSendersUseCase {

    /** @throws IllegalArgumentException naming each unknown, missing or malformed field */
    Sender register(SenderCommand command);

    Optional<Sender> update(String senderId, SenderCommand command);

    List<Sender> list(String projectOwnerId);

    boolean delete(String projectOwnerId, String senderId);
}
