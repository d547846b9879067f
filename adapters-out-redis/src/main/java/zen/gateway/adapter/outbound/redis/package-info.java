/**
 * Redis: distributed dedup, the shared cache level, cross-node invalidation (Redisson), all degraded, never down.
 * {@link zen.gateway.adapter.outbound.redis.RedisSupport} is the entry point and
 * {@link zen.gateway.adapter.outbound.redis.RedisSettings} its configuration; everything else is package-private.
 * The key layout is described on {@code RedisKeys}.
 */
package zen.gateway.adapter.outbound.redis;
