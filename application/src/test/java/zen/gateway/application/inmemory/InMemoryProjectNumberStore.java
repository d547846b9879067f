package zen.gateway.application.inmemory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

/** A {@link ProjectNumberStore} in memory. Thread-safe. */
public final class InMemoryProjectNumberStore implements ProjectNumberStore {

    private final Map<String, String> projectByNumber = new HashMap<>();

    @Override
    public synchronized void assign(String businessNumber, String projectOwnerId) {
        projectByNumber.put(businessNumber, projectOwnerId);
    }

    @Override
    public synchronized boolean remove(String projectOwnerId, String businessNumber) {
        return projectByNumber.remove(businessNumber, projectOwnerId);
    }

    @Override
    public synchronized List<String> numbersOf(String projectOwnerId) {
        return projectByNumber.entrySet().stream()
                .filter(e -> e.getValue().equals(projectOwnerId))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @Override
    public synchronized Optional<String> projectOf(String businessNumber) {
        return Optional.ofNullable(projectByNumber.get(businessNumber));
    }
}
