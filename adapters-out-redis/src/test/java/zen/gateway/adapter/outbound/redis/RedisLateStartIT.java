package zen.gateway.adapter.outbound.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryDedupFilter;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

/** A node starts while Redis is down, and picks it up when it comes; password and database come from the URL. */
class RedisLateStartIT {

    private static final int DATABASE = 3;

    private final ThrowawayRedis server = ThrowawayRedis.onFreePort("s3cret+/");
    private final RedisSettings settings = TestRedis.throwaway(server.url(DATABASE).replace("+/", "%2B%2F"));
    private RedisSupport node;

    @AfterEach
    void stopEverything() {
        if (node != null) {
            node.close();
        }
        server.close();
    }

    @Test
    void aNodeStartedWhileRedisIsDownUsesItOnceItIsUp() {
        long started = System.nanoTime();
        node = RedisSupport.connect(settings);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        DedupFilter dedup = node.dedupFilter(new InMemoryDedupFilter());
        SharedCache cache = node.sharedCache();
        assertThat(node.available()).isFalse();
        assertThat(node.breakerState()).isEqualTo("FORCED_OPEN");
        assertThat(dedup.claim(List.of("e-early"))).containsExactly("e-early");
        assertThat(cache.get("k")).isEmpty();

        server.start();

        await("connected in the background").atMost(Duration.ofSeconds(60)).until(node::available);
        node.ping();
        cache.put("k", new byte[] {7}, Duration.ofHours(1));
        assertThat(cache.get("k")).hasValueSatisfying(v -> assertThat(v).containsExactly(7));
        assertThat(dedup.claim(List.of("e-late"))).containsExactly("e-late");
        try (RespClient redis = server.client(DATABASE)) {
            assertThat(redis.number("EXISTS", settings.keyPrefix() + "cache:k")).isOne();
            assertThat(redis.number("EXISTS", settings.keyPrefix() + "dedup:e-late")).isOne();
        }
    }
}
