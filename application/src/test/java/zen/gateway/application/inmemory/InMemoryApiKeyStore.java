package zen.gateway.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.port.outbound.access.ApiKeyStore;
import zen.gateway.domain.access.ApiKey;

/** An {@link ApiKeyStore} in memory. Thread-safe. */
public final class InMemoryApiKeyStore implements ApiKeyStore {

    private final Map<String, ApiKey> byId = new LinkedHashMap<>();

    @Override
    public synchronized void create(ApiKey key) {
        if (byId.containsKey(key.id()) || findByHash(key.keyHash()).isPresent()) {
            throw new IllegalStateException("a key with this id or hash exists already");
        }
        byId.put(key.id(), key);
    }

    @Override
    public synchronized Optional<ApiKey> findByHash(String keyHash) {
        return byId.values().stream().filter(k -> k.keyHash().equals(keyHash)).findFirst();
    }

    @Override
    public synchronized Optional<ApiKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<ApiKey> list(String projectOwnerId) {
        return byId.values().stream()
                .filter(k -> k.revokedAt() == null)
                .filter(k -> projectOwnerId == null || k.projectOwnerId().equals(projectOwnerId))
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(ApiKey::id))
                .toList();
    }

    @Override
    public synchronized boolean revoke(String id, Instant at) {
        ApiKey key = byId.get(id);
        if (key == null || key.revokedAt() != null) {
            return false;
        }
        byId.put(id, key.revokedAt(at));
        return true;
    }

    @Override
    public synchronized void touch(String id, Instant at) {
        byId.computeIfPresent(id, (k, key) -> key.usedAt(at));
    }
}
