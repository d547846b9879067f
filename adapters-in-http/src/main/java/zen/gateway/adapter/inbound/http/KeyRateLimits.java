package zen.gateway.adapter.inbound.http;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import zen.gateway.domain.access.KeyRateLimit;

/**
 * One resilience4j rate limiter per key, made on the key's first request with the key's limit. Resilience4j counts
 * permits per period: a limit of {@code perSecond} with bursts of {@code burst} is {@code burst} permits every
 * {@code burst / perSecond} seconds (50/s with bursts of 100: 100 every 2 s), which is the average asked for, with at
 * most {@code burst} at once from a rested key. The limit is per node: behind a balancer, each node allows it.
 * Thread-safe.
 */
final class KeyRateLimits {

    private final ConcurrentHashMap<String, AtomicRateLimiter> byKey = new ConcurrentHashMap<>();
    private final Supplier<Long> nanoTime;

    KeyRateLimits(Supplier<Long> nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes a permit for the key; when none is left, how long until one is. */
    Optional<Duration> take(String keyId, KeyRateLimit limit) {
        AtomicRateLimiter limiter = byKey.computeIfAbsent(keyId, id -> new AtomicRateLimiter(id, config(limit), nanoTime));
        if (limiter.acquirePermission(1)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(1, limiter.getDetailedMetrics().getNanosToWait())));
    }

    static RateLimiterConfig config(KeyRateLimit limit) {
        return RateLimiterConfig.custom()
                .limitForPeriod(limit.burst())
                .limitRefreshPeriod(Duration.ofNanos(Math.max(1_000_000L, (long) (limit.burst() * 1e9 / limit.perSecond()))))
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
