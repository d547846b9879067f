package zen.gateway.application.port.outbound.endpoints;

import java.util.List;
import java.util.Optional;
import zen.gateway.domain.subscription.Endpoint;

/** {@code webhooks}: customer endpoints, by project. Thread-safe. */
public interface EndpointStore {

    /** Inserts the endpoint, or replaces the one with the same id. */
    void save(Endpoint endpoint);

    Optional<Endpoint> find(String projectOwnerId, String endpointId);

    /** The project's endpoints, oldest first. */
    List<Endpoint> ofProject(String projectOwnerId);

    /** Projects that have at least one endpoint, sorted. */
    List<String> projects();

    boolean delete(String projectOwnerId, String endpointId);

    /** Deletes every endpoint of the project; returns how many there were. */
    int deleteAll(String projectOwnerId);
}
