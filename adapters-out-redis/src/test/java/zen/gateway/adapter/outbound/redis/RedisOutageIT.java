package zen.gateway.adapter.outbound.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryDedupFilter;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

/** Redis dies, or hangs, under running nodes: they go on without it, then use it again by themselves. */
class RedisOutageIT {

    /** One call may wait the call timeout (1 s); the rest is slack for a loaded machine. */
    private static final Duration BOUND = TestRedis.SHORT.call().plusSeconds(1);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ThrowawayRedis server = ThrowawayRedis.started();
    private final RedisSettings settings = TestRedis.throwaway(server.url(0));
    private final List<RedisSupport> nodes = new ArrayList<>();
    private final RedisSupport nodeA = node();
    private final RedisSupport nodeB = node();
    private final DedupFilter dedupA = nodeA.dedupFilter(new InMemoryDedupFilter());
    private final SharedCache cacheA = nodeA.sharedCache();
    private final SharedCache cacheB = nodeB.sharedCache();
    private final List<String> evictedAtA = new CopyOnWriteArrayList<>();
    private final List<String> evictedAtB = new CopyOnWriteArrayList<>();

    RedisOutageIT() {
        cacheA.onEvicted(evictedAtA::add);
        cacheB.onEvicted(evictedAtB::add);
    }

    private RedisSupport node() {
        RedisSupport node = RedisSupport.connect(settings);
        nodes.add(node);
        return node;
    }

    @AfterEach
    void stopEverything() {
        nodes.forEach(RedisSupport::close);
        server.close();
    }

    @Test
    void nodesKeepAnsweringWhileRedisIsDownAndUseItAgainWhenItReturns() {
        cacheA.put("endpoints:p-1", new byte[] {1}, Duration.ofHours(1));
        assertThat(cacheB.get("endpoints:p-1")).isPresent();
        assertThat(nodeA.available()).isTrue();

        server.stop();

        await("node A's breaker opens").atMost(PATIENCE).until(() -> {
            everyOperationAnswersWithinTheBound();
            return nodeA.breakerState().equals("OPEN");
        });
        assertThat(nodeA.available()).isFalse();
        assertThat(nodeA.failures()).isPositive();
        assertThatIllegalStateException().isThrownBy(nodeA::ping);
        long fallbacks = nodeA.fallbacks();
        everyOperationAnswersWithinTheBound();
        assertThat(nodeA.fallbacks()).isGreaterThan(fallbacks);
        evictedAtB.clear();

        server.start();

        await("node A uses Redis again").atMost(PATIENCE).until(() -> {
            cacheA.get("probe");
            return nodeA.available();
        });
        await("node B uses Redis again").atMost(PATIENCE).until(() -> {
            cacheB.get("probe");
            return nodeB.available();
        });
        nodeA.ping();
        cacheA.put("endpoints:p-2", new byte[] {2}, Duration.ofHours(1));
        assertThat(cacheB.get("endpoints:p-2")).isPresent();
        assertThat(dedupA.claim(List.of("e-after"))).containsExactly("e-after");
        try (RespClient redis = server.client(0)) {
            assertThat(redis.number("EXISTS", settings.keyPrefix() + "dedup:e-after")).isOne();
        }
        await("node B listens again, and drops what it may have missed")
                .atMost(PATIENCE).until(() -> evictedAtB.contains(null));
        cacheA.evict("endpoints:p-2");
        await("node A's eviction reaches node B").atMost(PATIENCE).until(() -> evictedAtB.contains("endpoints:p-2"));
    }

    @Test
    void aHungRedisCostsAtMostTheCallTimeoutAndThenNothing() {
        assertThat(cacheA.get("endpoints:p-1")).isEmpty();
        hangRedisFor(Duration.ofSeconds(5));

        await("node A's breaker opens").atMost(PATIENCE).until(() -> {
            everyOperationAnswersWithinTheBound();
            return nodeA.breakerState().equals("OPEN");
        });
        assertThat(nodeA.failures()).isPositive();

        await("node A uses Redis again once it answers").atMost(PATIENCE).until(() -> {
            cacheA.get("probe");
            return nodeA.available();
        });
    }

    @Test
    void aReleaseThatCouldNotReachRedisIsMadeByTheNextCallThatDoes() {
        RedisDedupFilter dedup = (RedisDedupFilter) nodeA.dedupFilter(new InMemoryDedupFilter());
        DedupFilter dedupB = nodeB.dedupFilter(new InMemoryDedupFilter());
        assertThat(dedup.claim(List.of("e-1"))).containsExactly("e-1");
        hangRedisFor(Duration.ofSeconds(5));
        await("node A's breaker opens").atMost(PATIENCE).until(() -> {
            cacheA.get("probe");
            return nodeA.breakerState().equals("OPEN");
        });

        dedup.release(List.of("e-1"));

        assertThat(dedup.pendingReleases()).isOne();
        await("node A uses Redis again").atMost(PATIENCE).until(() -> {
            cacheA.get("probe");
            return nodeA.available();
        });
        assertThat(dedup.claim(List.of("e-2"))).containsExactly("e-2");
        assertThat(dedup.pendingReleases()).isZero();
        assertThat(dedupB.claim(List.of("e-1"))).as("claimable again, by any node").containsExactly("e-1");
    }

    private void hangRedisFor(Duration duration) {
        try (RespClient redis = server.client(0)) {
            redis.command("CLIENT", "PAUSE", Long.toString(duration.toMillis()), "ALL");
        }
    }

    /** Claims, reads, writes and evictions neither throw nor hang, and still dedup within this node. */
    private void everyOperationAnswersWithinTheBound() {
        String id = "e-" + UUID.randomUUID();
        within(() -> assertThat(dedupA.claim(List.of(id))).containsExactly(id));
        within(() -> assertThat(dedupA.claim(List.of(id))).isEmpty());
        within(() -> assertThat(cacheA.get("endpoints:p-1")).isEmpty());
        within(() -> cacheA.put("endpoints:p-1", new byte[] {3}, Duration.ofHours(1)));
        within(() -> cacheA.evict(id));
        assertThat(evictedAtA).as("this node's listeners hear of its evictions").contains(id);
    }

    private static void within(Runnable operation) {
        long started = System.nanoTime();
        operation.run();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
    }
}
