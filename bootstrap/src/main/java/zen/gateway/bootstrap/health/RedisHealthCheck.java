package zen.gateway.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import zen.gateway.adapter.outbound.redis.RedisSupport;

/**
 * Redis answers a real round trip. When it does not, the gateway keeps working on its in-process layers and the
 * store's unique keys (dedup is per node, lookups read the store), and this check says so.
 */
public final class RedisHealthCheck extends HealthCheck {

    private final RedisSupport redis;

    public RedisHealthCheck(RedisSupport redis) {
        this.redis = redis;
    }

    @Override
    protected Result check() {
        try {
            redis.ping();
            return Result.healthy("Redis answers; breaker %s", redis.breakerState());
        } catch (RuntimeException e) {
            return Result.unhealthy("degraded: Redis unreachable (breaker %s), running on in-process dedup and caches: %s",
                    redis.breakerState(), e.getMessage());
        }
    }
}
