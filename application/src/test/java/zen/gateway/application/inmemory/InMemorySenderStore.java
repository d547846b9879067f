package zen.gateway.application.inmemory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.send.Sender;

/** A {@link SenderStore} in memory. Thread-safe. */
public final class InMemorySenderStore implements SenderStore {

    private final Map<String, Sender> byId = new LinkedHashMap<>();

    @Override
    public synchronized void save(Sender sender) {
        byId.put(sender.id(), sender);
    }

    @Override
    public synchronized Optional<Sender> find(String projectOwnerId, String senderId) {
        return Optional.ofNullable(byId.get(senderId)).filter(s -> s.projectOwnerId().equals(projectOwnerId));
    }

    @Override
    public synchronized List<Sender> ofProject(String projectOwnerId) {
        return byId.values().stream()
                .filter(s -> s.projectOwnerId().equals(projectOwnerId))
                .sorted(Comparator.comparing(Sender::createdAt).thenComparing(Sender::id))
                .toList();
    }

    @Override
    public synchronized boolean delete(String projectOwnerId, String senderId) {
        return find(projectOwnerId, senderId).map(s -> byId.remove(s.id()) != null).orElse(false);
    }
}
