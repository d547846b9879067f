package zen.gateway.application.inmemory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.domain.subscription.Endpoint;

/** An {@link EndpointStore} in memory. Endpoint ids are unique across projects. Thread-safe. */
public final class InMemoryEndpointStore implements EndpointStore {

    static final Comparator<Endpoint> OLDEST_FIRST =
            Comparator.comparing(Endpoint::createdAt).thenComparing(Endpoint::id);

    private final Map<String, Endpoint> byId = new HashMap<>();

    @Override
    public synchronized void save(Endpoint endpoint) {
        byId.put(endpoint.id(), endpoint);
    }

    @Override
    public synchronized Optional<Endpoint> find(String projectOwnerId, String endpointId) {
        return Optional.ofNullable(byId.get(endpointId)).filter(e -> e.projectOwnerId().equals(projectOwnerId));
    }

    @Override
    public synchronized List<Endpoint> ofProject(String projectOwnerId) {
        return byId.values().stream()
                .filter(e -> e.projectOwnerId().equals(projectOwnerId))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public synchronized List<String> projects() {
        return byId.values().stream().map(Endpoint::projectOwnerId).distinct().sorted().toList();
    }

    @Override
    public synchronized boolean delete(String projectOwnerId, String endpointId) {
        if (find(projectOwnerId, endpointId).isEmpty()) {
            return false;
        }
        byId.remove(endpointId);
        return true;
    }

    @Override
    public synchronized int deleteAll(String projectOwnerId) {
        List<String> ids = ofProject(projectOwnerId).stream().map(Endpoint::id).toList();
        ids.forEach(byId::remove);
        return ids.size();
    }
}
