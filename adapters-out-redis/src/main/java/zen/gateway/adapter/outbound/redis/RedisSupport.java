package zen.gateway.adapter.outbound.redis;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.config.Config;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

/**
 * Redis for one gateway node: dedup and the shared cache level, both degraded, never down. {@link #connect}
 * returns at once even while Redis cannot be reached; the node then works without it and picks it up when it comes.
 * One per node; close it when the node stops. Thread-safe.
 *
 * <pre>{@code
 * RedisSupport redis = RedisSupport.connect(RedisSettings.of(System.getenv("REDIS_URL")));
 * DedupFilter dedup = redis.dedupFilter(inProcessDedupFilter);
 * SharedCache shared = redis.sharedCache();
 * }</pre>
 */
public final class RedisSupport implements AutoCloseable {

    private final RedisSettings settings;
    private final RedisKeys keys;
    private final RedisGuard guard;
    private final RedisSharedCache sharedCache;
    private final RedisConnector connector;

    private RedisSupport(RedisSettings settings, Consumer<Config> adjust) {
        RedisUrl url = RedisUrl.parse(settings.url());
        this.settings = settings;
        this.keys = new RedisKeys(settings.keyPrefix(), url.database());
        this.guard = new RedisGuard(this::client, settings.breaker(), settings.timeouts().call());
        this.sharedCache = new RedisSharedCache(guard, keys, UUID.randomUUID().toString());
        this.connector = new RedisConnector(() -> {
            Config config = RedissonConfigs.singleServer(url, settings.timeouts());
            adjust.accept(config);
            return Redisson.create(config);
        }, sharedCache::subscribe, guard::connected, settings.timeouts().reconnect(), url.redacted());
    }

    private Optional<RedissonClient> client() {
        return connector.client();
    }

    /** Connects now if Redis answers, else keeps trying in the background; never throws for an absent Redis. */
    public static RedisSupport connect(RedisSettings settings) {
        return connect(settings, config -> { });
    }

    /** For tests that need to see what Redisson does on the wire. */
    static RedisSupport connect(RedisSettings settings, Consumer<Config> adjust) {
        RedisSupport support = new RedisSupport(settings, adjust);
        support.connector.start();
        return support;
    }

    /**
     * Dedup across nodes, answering this node's recent repeats from {@code local} without a round trip, and
     * deciding alone while Redis is out. {@code local}'s time to live should not exceed the dedup time to live.
     */
    public DedupFilter dedupFilter(DedupFilter local) {
        return new RedisDedupFilter(local, guard, keys, settings.dedupTtl());
    }

    /** The cache level shared by every node; the same instance on every call. */
    public SharedCache sharedCache() {
        return sharedCache;
    }

    /**
     * A real round trip (PING), for the health check; throws {@link IllegalStateException} saying why when Redis
     * cannot answer, including while the circuit breaker is open. While half open, this is a trial call.
     */
    public void ping() {
        guard.callOrThrow(client -> client.getRedisNodes(RedisNodes.SINGLE).getInstance().pingAsync()
                .thenApply(pong -> {
                    if (!pong) {
                        throw new IllegalStateException("Redis did not answer PING");
                    }
                    return pong;
                }));
    }

    /** True when Redis is in use: connected and the circuit breaker closed. False means degraded. */
    public boolean available() {
        return guard.available();
    }

    /**
     * The circuit breaker's state: {@code CLOSED} (in use), {@code OPEN} (failing, answering without Redis),
     * {@code HALF_OPEN} (trying it again), {@code FORCED_OPEN} (not connected yet, or closed).
     */
    public String breakerState() {
        return guard.breakerState();
    }

    /** Calls sent to Redis, each one round trip. */
    public long roundTrips() {
        return guard.roundTrips();
    }

    /** Calls sent to Redis that failed or timed out. */
    public long failures() {
        return guard.failures();
    }

    /** Operations answered without Redis: not connected, breaker open, or the call failed. */
    public long fallbacks() {
        return guard.fallbacks();
    }

    @Override
    public void close() {
        connector.close();
        guard.disconnected();
    }
}
