package zen.gateway.application.port.outbound.send;

import java.util.List;
import java.util.Optional;
import zen.gateway.domain.send.Sender;

/** {@code senders}: each project's numbers on its providers, credentials as given (a decorator seals them). Thread-safe. */
public interface SenderStore {

    /** Inserts the sender, or replaces the one with the same id. */
    void save(Sender sender);

    Optional<Sender> find(String projectOwnerId, String senderId);

    /** The project's senders, oldest first. */
    List<Sender> ofProject(String projectOwnerId);

    boolean delete(String projectOwnerId, String senderId);
}
