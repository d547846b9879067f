package zen.gateway.adapter.outbound.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryDedupFilter;
import zen.gateway.application.port.outbound.cache.SharedCache;

/** Two nodes sharing one cache level. */
class RedisSharedCacheIT {

    private static final Duration HOUR = Duration.ofHours(1);

    private final String prefix = TestRedis.uniquePrefix();
    private final String otherGateway = TestRedis.uniquePrefix();
    private final List<RedisSupport> nodes = new ArrayList<>();
    private final RedisSupport nodeA = node();
    private final RedisSupport nodeB = node();
    private final SharedCache cacheA = nodeA.sharedCache();
    private final SharedCache cacheB = nodeB.sharedCache();
    private final List<String> evictedAtA = new CopyOnWriteArrayList<>();
    private final List<String> evictedAtB = new CopyOnWriteArrayList<>();

    RedisSharedCacheIT() {
        cacheA.onEvicted(evictedAtA::add);
        cacheB.onEvicted(evictedAtB::add);
    }

    private RedisSupport node() {
        RedisSupport node = RedisSupport.connect(TestRedis.shared(prefix));
        nodes.add(node);
        return node;
    }

    @AfterEach
    void closeNodesAndDeleteKeys() {
        nodes.forEach(RedisSupport::close);
        try (RespClient redis = TestRedis.sharedClient()) {
            redis.deleteMatching(prefix + "*");
            redis.deleteMatching(otherGateway + "*");
        }
    }

    @Test
    void aValuePutByOneNodeIsReadByAnotherUntilItsTimeToLive() {
        cacheA.put("endpoints:p-1", bytes("config v1"), HOUR);

        assertThat(cacheB.get("endpoints:p-1")).hasValueSatisfying(v -> assertThat(text(v)).isEqualTo("config v1"));
        try (RespClient redis = TestRedis.sharedClient()) {
            assertThat(redis.number("PTTL", prefix + "cache:endpoints:p-1")).isBetween(1L, HOUR.toMillis());
        }
    }

    @Test
    void aKeyNeverPutIsAMiss() {
        assertThat(cacheA.get("projects:nobody")).isEmpty();
        assertThat(nodeA.fallbacks()).as("a miss is an answer, not a fallback").isZero();
    }

    @Test
    void anEvictionOnOneNodeReachesEveryNodeOnce() {
        cacheA.put("endpoints:p-1", bytes("config v1"), HOUR);

        cacheA.evict("endpoints:p-1");

        assertThat(keys(evictedAtA)).as("told before evict returns").containsExactly("endpoints:p-1");
        assertThat(cacheB.get("endpoints:p-1")).isEmpty();
        try (RespClient redis = TestRedis.sharedClient()) {
            assertThat(redis.number("SCARD", prefix + "cache-index")).as("the index keeps no evicted key").isZero();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> keys(evictedAtB).contains("endpoints:p-1"));

        // Node B answers after it heard node A, and a channel keeps its order: had node A's own message come
        // back to its listeners, it would be there before this one.
        cacheB.evict("projects:+911");
        await().atMost(Duration.ofSeconds(30)).until(() -> keys(evictedAtA).contains("projects:+911"));
        assertThat(keys(evictedAtA)).containsExactly("endpoints:p-1", "projects:+911");
        assertThat(keys(evictedAtB)).containsExactly("endpoints:p-1", "projects:+911");
    }

    @Test
    void evictAllEmptiesThisGatewaysCacheOnlyAndTellsEveryNode() {
        cacheA.put("endpoints:p-1", bytes("a"), HOUR);
        cacheA.put("projects:+911", bytes("b"), HOUR);
        nodeA.dedupFilter(new InMemoryDedupFilter()).claim(List.of("e-1"));
        try (RespClient redis = TestRedis.sharedClient()) {
            redis.command("SET", otherGateway + "cache:endpoints:p-1", "theirs");
        }

        cacheB.evictAll();

        assertThat(evictedAtB).contains((String) null);
        await().atMost(Duration.ofSeconds(30)).until(() -> evictedAtA.contains(null));
        assertThat(cacheA.get("endpoints:p-1")).isEmpty();
        assertThat(cacheA.get("projects:+911")).isEmpty();
        try (RespClient redis = TestRedis.sharedClient()) {
            assertThat(redis.strings("KEYS", prefix + "cache*")).as("values and index").isEmpty();
            assertThat(redis.number("EXISTS", prefix + "dedup:e-1")).as("dedup is not cache").isOne();
            assertThat(redis.number("EXISTS", otherGateway + "cache:endpoints:p-1")).as("another gateway's").isOne();
        }
    }

    @Test
    void evictAllCopesWithThousandsOfKeysAndWithNone() {
        cacheA.evictAll();
        for (int i = 0; i < 2_500; i++) {
            cacheA.put("projects:+91" + i, bytes("p"), HOUR);
        }

        cacheA.evictAll();

        assertThat(nodeA.failures()).isZero();
        try (RespClient redis = TestRedis.sharedClient()) {
            assertThat(redis.strings("KEYS", prefix + "cache*")).isEmpty();
        }
    }

    /** Every (re)subscription tells listeners to drop everything (null), whenever Redisson gets to it. */
    private static List<String> keys(List<String> evicted) {
        return evicted.stream().filter(Objects::nonNull).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
