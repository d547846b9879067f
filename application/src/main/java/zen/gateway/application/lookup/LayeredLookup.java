package zen.gateway.application.lookup;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import zen.gateway.application.port.outbound.cache.SharedCache;

/**
 * A lookup answered by this node's memory (short TTL), else the cache shared by all nodes (longer TTL), else
 * the store, filling both levels on the way back. Invalidating a key drops it here and in the shared level,
 * and the shared level tells every other node to drop it from memory too. A shared level that is down
 * answers misses, so lookups go to the store: slower, never wrong. Thread-safe.
 */
public final class LayeredLookup<V> {

    /** How values cross the shared level, which holds bytes. */
    public interface Codec<V> {
        byte[] encode(V value);

        /** Empty when the bytes cannot be read (written by another version): treated as a miss. */
        Optional<V> decode(byte[] bytes);

        /**
         * Whether a value the store gave is kept in the caches. Everything by default; a lookup whose misses are
         * anyone's to make up (an unknown API key) keeps only what exists, or the caches fill with the made-up keys.
         */
        default boolean worthKeeping(V value) {
            return true;
        }
    }

    private final String namespace;
    private final Function<String, V> store;
    private final Codec<V> codec;
    private final SharedCache shared;
    private final Duration sharedTtl;
    private final ExpiringCache<String, V> local;
    private final LookupStats stats = new LookupStats();

    public LayeredLookup(String namespace, Function<String, V> store, Codec<V> codec, SharedCache shared,
            Duration localTtl, Duration sharedTtl, Clock clock) {
        this.namespace = namespace + ":";
        this.store = store;
        this.codec = codec;
        this.shared = shared;
        this.sharedTtl = sharedTtl;
        this.local = new ExpiringCache<>(localTtl, 100_000, clock);
        shared.onEvicted(this::dropLocally);
    }

    public V get(String key) {
        return local.get(key, this::loadThroughSharedLevel, stats::localHit, codec::worthKeeping);
    }

    private V loadThroughSharedLevel(String key) {
        Optional<V> cached = shared.get(namespace + key).flatMap(codec::decode);
        if (cached.isPresent()) {
            stats.sharedHit();
            return cached.get();
        }
        stats.storeLoad();
        V value = store.apply(key);
        if (codec.worthKeeping(value)) {
            shared.put(namespace + key, codec.encode(value), sharedTtl);
        }
        return value;
    }

    public void invalidate(String key) {
        local.invalidate(key);
        shared.evict(namespace + key);
    }

    public void invalidateAll() {
        local.invalidateAll();
        shared.evictAll();
    }

    public LookupStats stats() {
        return stats;
    }

    private void dropLocally(String sharedKey) {
        if (sharedKey == null) {
            local.invalidateAll();
        } else if (sharedKey.startsWith(namespace)) {
            local.invalidate(sharedKey.substring(namespace.length()));
        }
    }
}
