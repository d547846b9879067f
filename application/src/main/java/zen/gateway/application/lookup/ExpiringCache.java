package zen.gateway.application.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A small in-process cache whose entries expire after a fixed time. Loads are not coalesced: two threads
 * missing at once both load, which is harmless for idempotent store reads and keeps the cache lock-free.
 * Bounded by dropping everything when full: lookups are cheap to redo, and the bound only guards memory.
 * Thread-safe.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {}

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    ExpiringCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    V get(K key, Function<K, V> loader) {
        return get(key, loader, () -> {}, value -> true);
    }

    /**
     * As {@link #get(Object, Function)}, calling {@code onHit} when the value came from this cache, and keeping a
     * loaded value only when {@code worthKeeping} says so.
     */
    V get(K key, Function<K, V> loader, Runnable onHit, Predicate<V> worthKeeping) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.expiresAt().isAfter(now)) {
            onHit.run();
            return entry.value();
        }
        V value = loader.apply(key);
        if (!worthKeeping.test(value)) {
            return value;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now.plus(ttl)));
        return value;
    }

    void invalidate(K key) {
        entries.remove(key);
    }

    void invalidateAll() {
        entries.clear();
    }
}
