package zen.gateway.adapter.outbound.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.client.NettyHook;
import zen.gateway.application.contract.DedupFilterContract;
import zen.gateway.application.inmemory.InMemoryDedupFilter;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

/** The dedup contract, and what only a Redis shared by several nodes adds to it. */
class RedisDedupFilterIT extends DedupFilterContract {

    private final String prefix = TestRedis.uniquePrefix();
    private final List<RedisSupport> nodes = new ArrayList<>();

    @Override
    protected DedupFilter newFilter() {
        return node(TestRedis.shared(prefix)).dedupFilter(new InMemoryDedupFilter());
    }

    private RedisSupport node(RedisSettings settings) {
        RedisSupport node = RedisSupport.connect(settings);
        nodes.add(node);
        assertThat(node.available()).as("connected to the shared Redis").isTrue();
        return node;
    }

    @AfterEach
    void closeNodesAndDeleteKeys() {
        nodes.forEach(RedisSupport::close);
        try (RespClient redis = TestRedis.sharedClient()) {
            redis.deleteMatching(prefix + "*");
        }
    }

    @Test
    void aDuplicateArrivingAtTwoNodesAtOnceIsClaimedByExactlyOne() throws Exception {
        RedisSupport nodeA = node(TestRedis.shared(prefix));
        RedisSupport nodeB = node(TestRedis.shared(prefix));
        List<DedupFilter> filters = List.of(nodeA.dedupFilter(new InMemoryDedupFilter()),
                nodeB.dedupFilter(new InMemoryDedupFilter()));
        List<String> ids = IntStream.range(0, 400).mapToObj(i -> "e-" + i).toList();
        int threadsPerNode = 3;
        CyclicBarrier start = new CyclicBarrier(2 * threadsPerNode);
        Queue<String> claimed = new ConcurrentLinkedQueue<>();

        ExecutorService threads = Executors.newFixedThreadPool(2 * threadsPerNode);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2 * threadsPerNode; t++) {
                DedupFilter filter = filters.get(t % 2);
                List<String> order = new ArrayList<>(ids);
                Collections.shuffle(order);
                done.add(threads.submit(() -> {
                    start.await();
                    for (int from = 0; from < order.size(); from += 40) {
                        claimed.addAll(filter.claim(order.subList(from, from + 40)));
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(nodeA.fallbacks() + nodeB.fallbacks()).as("every claim reached Redis").isZero();
        assertThat(claimed).hasSize(ids.size()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aClaimLastsTheDedupTimeToLiveInRedis() {
        DedupFilter filter = node(TestRedis.shared(prefix).withDedupTtl(Duration.ofMinutes(5)))
                .dedupFilter(new InMemoryDedupFilter());

        filter.claim(List.of("e-ttl"));

        try (RespClient redis = TestRedis.sharedClient()) {
            assertThat(redis.command("GET", prefix + "dedup:e-ttl")).isEqualTo("1");
            assertThat(redis.number("PTTL", prefix + "dedup:e-ttl")).isBetween(1L, Duration.ofMinutes(5).toMillis());
        }
    }

    @Test
    void aReleasedIdCanBeClaimedAgainByAnyNode() {
        DedupFilter nodeA = node(TestRedis.shared(prefix)).dedupFilter(new InMemoryDedupFilter());
        DedupFilter nodeB = node(TestRedis.shared(prefix)).dedupFilter(new InMemoryDedupFilter());
        assertThat(nodeA.claim(List.of("e-1"))).containsExactly("e-1");
        assertThat(nodeB.claim(List.of("e-1"))).isEmpty();

        nodeA.release(List.of("e-1"));

        try (RespClient redis = TestRedis.sharedClient()) {
            assertThat(redis.number("EXISTS", prefix + "dedup:e-1")).isZero();
        }
        assertThat(nodeB.claim(List.of("e-1"))).as("node B did not keep node A's claim in memory")
                .containsExactly("e-1");
        assertThat(nodeA.claim(List.of("e-1"))).isEmpty();
    }

    @Test
    void aRepeatThisNodeClaimedIsAnsweredWithoutARoundTrip() {
        RedisSupport node = node(TestRedis.shared(prefix));
        DedupFilter filter = node.dedupFilter(new InMemoryDedupFilter());
        filter.claim(List.of("e-1", "e-2"));
        long roundTrips = node.roundTrips();

        assertThat(filter.claim(List.of("e-2", "e-1"))).isEmpty();

        assertThat(node.roundTrips()).isEqualTo(roundTrips);
    }

    /** Counted on a Redis of its own: INFO commandstats counts every client's commands. */
    @Test
    void twoHundredIdsAreClaimedWithTwoHundredSetNxInOneRoundTrip() {
        AtomicInteger writes = new AtomicInteger();
        try (ThrowawayRedis server = ThrowawayRedis.started(); RespClient observer = server.client(0)) {
            RedisSupport node = RedisSupport.connect(
                    TestRedis.throwaway(server.url(0)).withTimeouts(TestRedis.PATIENT),
                    config -> {
                        config.setNettyHook(countingWrites(writes));
                        // no keep-alive PING in the middle of the count
                        config.useSingleServer().setPingConnectionInterval(0);
                    });
            nodes.add(node);
            DedupFilter filter = node.dedupFilter(new InMemoryDedupFilter());
            List<String> ids = IntStream.range(0, 200).mapToObj(i -> "e-" + i).toList();
            List<String> otherWays = List.of("setnx", "expire", "pexpire", "eval", "evalsha", "multi");
            Map<String, Long> before = callsOf(observer, otherWays);
            long setsBefore = observer.callsOf("set");
            long roundTripsBefore = node.roundTrips();
            int writesBefore = writes.get();

            Set<String> claimed = filter.claim(ids);

            assertThat(claimed).containsExactlyElementsOf(ids);
            assertThat(observer.callsOf("set") - setsBefore).isEqualTo(200);
            assertThat(callsOf(observer, otherWays)).as("no other command").isEqualTo(before);
            assertThat(node.roundTrips() - roundTripsBefore).isEqualTo(1);
            assertThat(writes.get() - writesBefore).as("writes to the socket").isEqualTo(1);
        }
    }

    private static Map<String, Long> callsOf(RespClient observer, List<String> commands) {
        return commands.stream().collect(Collectors.toMap(command -> command, observer::callsOf));
    }

    /** Counts what reaches the socket: by then Redisson's commands are encoded, one buffer per write. */
    private static NettyHook countingWrites(AtomicInteger writes) {
        return new NettyHook() {
            @Override
            public void afterBoostrapInitialization(Bootstrap bootstrap) {
            }

            @Override
            public void afterChannelInitialization(Channel channel) {
                channel.pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
                    @Override
                    public void write(ChannelHandlerContext context, Object encoded, ChannelPromise promise)
                            throws Exception {
                        writes.incrementAndGet();
                        super.write(context, encoded, promise);
                    }
                });
            }
        };
    }
}
