package zen.gateway.adapter.outbound.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryDedupFilter;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

/** Nobody listens where Redis should be: the gateway must start and work all the same, only without sharing. */
class RedisSupportWithoutRedisTest {

    private final ThrowawayRedis nobody = ThrowawayRedis.onFreePort(null);
    private final long connectStarted = System.nanoTime();
    private final RedisSupport redis = RedisSupport.connect(TestRedis.throwaway(nobody.url(0)));
    private final Duration connectTook = Duration.ofNanos(System.nanoTime() - connectStarted);

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void connectingReturnsDegradedInsteadOfThrowing() {
        assertThat(connectTook).isLessThan(Duration.ofSeconds(10));
        assertThat(redis.available()).isFalse();
        assertThat(redis.breakerState()).isEqualTo("FORCED_OPEN");
        assertThatIllegalStateException().isThrownBy(redis::ping).withMessageContaining("not connected");
    }

    @Test
    void dedupIsThisNodesMemoryAlone() {
        DedupFilter dedup = redis.dedupFilter(new InMemoryDedupFilter());

        assertThat(dedup.claim(List.of("e-1", "e-2"))).containsExactly("e-1", "e-2");
        assertThat(dedup.claim(List.of("e-2", "e-3"))).containsExactly("e-3");
        dedup.release(List.of("e-2"));
        assertThat(dedup.claim(List.of("e-2"))).containsExactly("e-2");
        assertThat(redis.fallbacks()).isGreaterThanOrEqualTo(4);
        assertThat(redis.roundTrips()).isZero();
    }

    @Test
    void theSharedCacheMissesSkipsWritesAndStillTellsThisNodesListeners() {
        SharedCache cache = redis.sharedCache();
        List<String> evicted = new CopyOnWriteArrayList<>();
        cache.onEvicted(evicted::add);

        cache.put("k", new byte[] {1}, Duration.ofHours(1));
        assertThat(cache.get("k")).isEmpty();
        cache.evict("k");
        cache.evictAll();

        assertThat(evicted).containsExactly("k", null);
    }

    @Test
    void aReleaseThatCannotReachRedisWaitsForTheNextCallThatCan() {
        RedisDedupFilter dedup = (RedisDedupFilter) redis.dedupFilter(new InMemoryDedupFilter());
        dedup.claim(List.of("e-1"));

        dedup.release(List.of("e-1"));

        assertThat(dedup.pendingReleases()).isEqualTo(1);
    }
}
