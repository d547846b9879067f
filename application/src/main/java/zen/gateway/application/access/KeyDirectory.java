package zen.gateway.application.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import zen.gateway.application.lookup.LayeredLookup;
import zen.gateway.application.lookup.LookupStats;
import zen.gateway.application.port.outbound.access.ApiKeyStore;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.domain.access.ApiKey;

/**
 * Project keys by the hash of the key, as every request looks them up: this node's memory, then the cache all nodes
 * share, then the store. A revocation forgets the key here and in the shared cache, which tells every other node to
 * forget it too: the next request with it is refused everywhere.
 */
public final class KeyDirectory {

    private final LayeredLookup<Optional<ApiKey>> lookup;

    public KeyDirectory(ApiKeyStore store, SharedCache shared, Duration localTtl, Duration sharedTtl, Clock clock) {
        this.lookup = new LayeredLookup<>("key-of", store::findByHash, new KeyCodec(), shared, localTtl, sharedTtl, clock);
    }

    Optional<ApiKey> byHash(String keyHash) {
        return lookup.get(keyHash);
    }

    void forget(String keyHash) {
        lookup.invalidate(keyHash);
    }

    public void forgetAll() {
        lookup.invalidateAll();
    }

    public LookupStats stats() {
        return lookup.stats();
    }
}
