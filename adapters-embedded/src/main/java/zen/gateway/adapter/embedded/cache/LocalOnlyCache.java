package zen.gateway.adapter.embedded.cache;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import zen.gateway.application.port.outbound.cache.SharedCache;

/**
 * The shared cache level of a gateway that runs alone: it holds nothing, and an eviction only reaches this
 * node's in-process level. Thread-safe.
 */
public final class LocalOnlyCache implements SharedCache {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.empty();
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        // nothing is shared when there is one node
    }

    @Override
    public void evict(String key) {
        listeners.forEach(listener -> listener.accept(key));
    }

    @Override
    public void evictAll() {
        listeners.forEach(listener -> listener.accept(null));
    }

    @Override
    public void onEvicted(Consumer<String> listener) {
        listeners.add(listener);
    }
}
