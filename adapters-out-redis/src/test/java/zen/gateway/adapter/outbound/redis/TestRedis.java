package zen.gateway.adapter.outbound.redis;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/**
 * Settings for tests. The shared Redis (127.0.0.1:6379, or {@code ZEN_TEST_REDIS_URL}) is used by other builds at
 * the same time: each test takes a key prefix of its own, so tests never see each other's keys.
 */
final class TestRedis {

    static final String SHARED_URL = System.getenv().getOrDefault("ZEN_TEST_REDIS_URL", "redis://127.0.0.1:6379/11");

    /** Generous: a loaded build machine must not make a healthy Redis look down. */
    static final RedisSettings.Timeouts PATIENT = new RedisSettings.Timeouts(Duration.ofSeconds(2),
            Duration.ofSeconds(2), 1, Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMillis(200));

    /** Short, so that outages are noticed and left quickly; a breaker that reopens after a second. */
    static final RedisSettings.Timeouts SHORT = new RedisSettings.Timeouts(Duration.ofMillis(300),
            Duration.ofMillis(300), 1, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofMillis(200));
    static final RedisSettings.Breaker QUICK_BREAKER = new RedisSettings.Breaker(50, 10, 4, Duration.ofSeconds(1), 1);

    private TestRedis() {
    }

    static String uniquePrefix() {
        return "zen-it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    static RedisSettings shared(String prefix) {
        return RedisSettings.of(SHARED_URL).withKeyPrefix(prefix).withTimeouts(PATIENT);
    }

    static RespClient sharedClient() {
        RedisUrl url = RedisUrl.parse(SHARED_URL);
        URI address = URI.create(url.address());
        return RespClient.open(address.getHost(), address.getPort(), url.password().orElse(null), url.database());
    }

    /** For a Redis that the test will stop: short timeouts and a quick breaker. */
    static RedisSettings throwaway(String url) {
        return RedisSettings.of(url).withKeyPrefix(uniquePrefix()).withTimeouts(SHORT).withBreaker(QUICK_BREAKER);
    }
}
