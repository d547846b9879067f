package zen.gateway.application.inmemory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import zen.gateway.application.port.outbound.cache.SharedCache;

/**
 * A {@link SharedCache} in memory: what several lookups built on one instance share, as nodes share Redis. Entries
 * do not expire. Thread-safe.
 */
public final class InMemorySharedCache implements SharedCache {

    private final Map<String, byte[]> entries = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        entries.put(key, value);
    }

    @Override
    public void evict(String key) {
        entries.remove(key);
        listeners.forEach(listener -> listener.accept(key));
    }

    @Override
    public void evictAll() {
        entries.clear();
        listeners.forEach(listener -> listener.accept(null));
    }

    @Override
    public void onEvicted(Consumer<String> listener) {
        listeners.add(listener);
    }
}
