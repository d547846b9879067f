package zen.gateway.adapter.outbound.redis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.redisson.api.RBatch;
import org.redisson.api.RScript;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.ByteArrayCodec;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zen.gateway.application.port.outbound.cache.SharedCache;

/**
 * The cache level shared by every node, in Redis under {@code <prefix>cache:} and listed in
 * {@code <prefix>cache-index}, with evictions announced on a Redis channel that every node listens to. The evicting node tells its own listeners directly, before it returns
 * and whether or not Redis answered, and skips its own message when it comes back. Without Redis: every get is a
 * miss and writes are skipped. Thread-safe.
 */
final class RedisSharedCache implements SharedCache {

    private static final Logger log = LoggerFactory.getLogger(RedisSharedCache.class);

    /**
     * Deletes every key the index names, the index, and announces it, atomically. The keys it deletes are not
     * declared to Redis, which a single server allows (a cluster would not).
     */
    private static final String EVICT_ALL = """
            local cached = redis.call('SMEMBERS', KEYS[1])
            for first = 1, #cached, 1000 do
              redis.call('DEL', unpack(cached, first, math.min(first + 999, #cached)))
            end
            redis.call('DEL', KEYS[1])
            redis.call('PUBLISH', ARGV[1], ARGV[2])
            return #cached
            """;

    private final RedisGuard redis;
    private final RedisKeys keys;
    private final String origin;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** @param origin this node's name on the eviction channel, unique among the nodes */
    RedisSharedCache(RedisGuard redis, RedisKeys keys, String origin) {
        this.redis = redis;
        this.keys = keys;
        this.origin = origin;
    }

    @Override
    public Optional<byte[]> get(String key) {
        return redis.call(client -> client.<byte[]>getBucket(keys.cache(key), ByteArrayCodec.INSTANCE).getAsync()
                        .thenApply(Optional::ofNullable))
                .flatMap(Function.identity());
    }

    /** The value and its place in the index go in one round trip. */
    @Override
    public void put(String key, byte[] value, Duration ttl) {
        Objects.requireNonNull(value, "value");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        redis.run(client -> {
            RBatch batch = client.createBatch();
            batch.getBucket(keys.cache(key), ByteArrayCodec.INSTANCE).setAsync(value, ttl);
            batch.getSet(keys.cacheIndex(), StringCodec.INSTANCE).addAsync(keys.cache(key));
            return batch.executeAsync();
        });
    }

    /** Deleting and announcing go in one round trip; this node's listeners learn of it after Redis did. */
    @Override
    public void evict(String key) {
        Objects.requireNonNull(key, "key");
        redis.run(client -> {
            RBatch batch = client.createBatch();
            batch.getBucket(keys.cache(key), ByteArrayCodec.INSTANCE).deleteAsync();
            batch.getSet(keys.cacheIndex(), StringCodec.INSTANCE).removeAsync(keys.cache(key));
            batch.getTopic(keys.evictionChannel(), StringCodec.INSTANCE)
                    .publishAsync(EvictionMessage.of(origin, key).encode());
            return batch.executeAsync();
        });
        tellListeners(key);
    }

    @Override
    public void evictAll() {
        redis.run(client -> client.getScript(StringCodec.INSTANCE).<Long>evalAsync(RScript.Mode.READ_WRITE,
                EVICT_ALL, RScript.ReturnType.LONG, List.of(keys.cacheIndex()), keys.evictionChannel(),
                EvictionMessage.everything(origin).encode()));
        tellListeners(null);
    }

    @Override
    public void onEvicted(Consumer<String> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Listens to the evictions of every node through this client; throws when Redis does not confirm. Redisson
     * subscribes again by itself after a reconnection, but what was announced meanwhile is lost, so on every
     * (re)subscription this node's listeners are told to drop everything.
     */
    void subscribe(RedissonClient client) {
        RTopic channel = client.getTopic(keys.evictionChannel(), StringCodec.INSTANCE);
        channel.addListener(new StatusListener() {
            @Override
            public void onSubscribe(String name) {
                log.debug("Listening to cache evictions on {}", name);
                tellListeners(null);
            }

            @Override
            public void onUnsubscribe(String name) {
                log.debug("No longer listening to cache evictions on {}", name);
            }
        });
        channel.addListener(String.class, (name, text) -> relay(text));
    }

    private void relay(String text) {
        EvictionMessage.decode(text).ifPresentOrElse(message -> {
            if (!message.origin().equals(origin)) {
                tellListeners(message.key());
            }
        }, () -> log.warn("Ignoring a message on {} that is not an eviction", keys.evictionChannel()));
    }

    private void tellListeners(String key) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(key);
            } catch (RuntimeException e) {
                log.warn("A cache eviction listener failed on key {}", key, e);
            }
        }
    }
}
