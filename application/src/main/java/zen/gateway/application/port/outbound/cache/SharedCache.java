package zen.gateway.application.port.outbound.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cache level shared by every gateway node (Redis), between each node's in-process cache and the store.
 * Values are opaque bytes; the application encodes them. Evicting a key also tells every node, through
 * {@link #onEvicted}, to drop it from its in-process level, so a change made on one node is seen by all on
 * their next event. Implementations never throw: an unreachable cache is a miss, and writes are skipped.
 * Thread-safe.
 */
public interface SharedCache {

    Optional<byte[]> get(String key);

    void put(String key, byte[] value, Duration ttl);

    /** Removes the key here and announces it to every node (including this one). */
    void evict(String key);

    /** Removes every key of this gateway's namespace and announces it (a null key to listeners). */
    void evictAll();

    /** Called with each evicted key, from any node; null means everything. */
    void onEvicted(Consumer<String> listener);
}
