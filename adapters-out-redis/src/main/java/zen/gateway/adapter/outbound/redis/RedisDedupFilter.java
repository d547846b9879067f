package zen.gateway.adapter.outbound.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

/**
 * Dedup shared by every node: this node's memory first, so that a repeat it has already claimed costs no round
 * trip, then Redis, where each new id is claimed with one atomic {@code SET <prefix>dedup:<id> 1 NX PX <ttl>}: of
 * two nodes claiming the same id at once, exactly one gets it. All the ids of one call go in one round trip.
 *
 * <p>This node remembers only the ids it claimed itself. An id Redis refused belongs to another node, which may
 * release it when its processing fails; the retry must then be claimable here too, so it is asked of Redis again.
 *
 * <p>Without Redis, this node's memory decides alone: a repeat that reaches two nodes is then processed twice,
 * which the stores' unique keys make harmless. Thread-safe.
 */
final class RedisDedupFilter implements DedupFilter {

    static final int MAX_PENDING_RELEASES = 100_000;
    private static final String CLAIMED = "1";

    private final DedupFilter local;
    private final RedisGuard redis;
    private final RedisKeys keys;
    private final Duration ttl;
    private final PendingReleases pendingReleases = new PendingReleases(MAX_PENDING_RELEASES);

    RedisDedupFilter(DedupFilter local, RedisGuard redis, RedisKeys keys, Duration ttl) {
        this.local = local;
        this.redis = redis;
        this.keys = keys;
        this.ttl = ttl;
    }

    @Override
    public Set<String> claim(Collection<String> eventIds) {
        Set<String> newHere = local.claim(eventIds);
        if (newHere.isEmpty()) {
            return newHere;
        }
        List<String> toRelease = pendingReleases.takeAll(List.of());
        List<String> candidates = List.copyOf(newHere);
        Optional<List<Boolean>> answers = redis.call(client -> claimInOneRoundTrip(client, toRelease, candidates));
        if (answers.isEmpty()) {
            pendingReleases.giveBack(toRelease);
            return newHere;
        }
        Set<String> claimed = new LinkedHashSet<>();
        List<String> claimedElsewhere = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            (answers.get().get(i) ? claimed : claimedElsewhere).add(candidates.get(i));
        }
        local.release(claimedElsewhere);
        return claimed;
    }

    @Override
    public void release(Collection<String> eventIds) {
        local.release(eventIds);
        List<String> toRelease = pendingReleases.takeAll(eventIds);
        if (toRelease.isEmpty()) {
            return;
        }
        if (!redis.run(client -> client.getKeys().deleteAsync(dedupKeys(toRelease)))) {
            pendingReleases.giveBack(toRelease);
        }
    }

    int pendingReleases() {
        return pendingReleases.size();
    }

    /** Releases first, so that an id released and claimed again in one call ends up claimed. */
    private CompletionStage<List<Boolean>> claimInOneRoundTrip(RedissonClient client, List<String> toRelease,
            List<String> candidates) {
        // The default batch keeps the commands in memory and sends them in one write: one round trip in all.
        RBatch batch = client.createBatch();
        if (!toRelease.isEmpty()) {
            batch.getKeys().deleteAsync(dedupKeys(toRelease));
        }
        for (String id : candidates) {
            batch.getBucket(keys.dedup(id), StringCodec.INSTANCE).setIfAbsentAsync(CLAIMED, ttl);
        }
        int firstClaim = toRelease.isEmpty() ? 0 : 1;
        return batch.executeAsync().thenApply(result -> result.getResponses()
                .subList(firstClaim, firstClaim + candidates.size()).stream()
                .map(Boolean.TRUE::equals)
                .toList());
    }

    private String[] dedupKeys(List<String> eventIds) {
        return eventIds.stream().map(keys::dedup).toArray(String[]::new);
    }
}
