package zen.gateway.adapter.embedded.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimRingTest {

    @Test
    void findsWhatWasAddedAndNothingElse() {
        ClaimRing ring = new ClaimRing(10);
        ring.add(1, 2, 100);

        assertThat(ring.contains(1, 2)).isTrue();
        assertThat(ring.contains(1, 3)).isFalse();
        assertThat(ring.contains(2, 2)).isFalse();
        assertThat(ring.size()).isEqualTo(1);
    }

    @Test
    void growsPastItsFirstArraysWithoutLosingAClaim() {
        ClaimRing ring = new ClaimRing(5_000);
        for (long i = 0; i < 5_000; i++) {
            ring.add(i * 7919, i, 100);
        }

        assertThat(ring.size()).isEqualTo(5_000);
        for (long i = 0; i < 5_000; i++) {
            assertThat(ring.contains(i * 7919, i)).as("claim %d", i).isTrue();
        }
    }

    @Test
    void forgetsTheOldestWhenFullAtItsBound() {
        ClaimRing ring = new ClaimRing(3);
        ring.add(1, 1, 100);
        ring.add(2, 2, 100);
        ring.add(3, 3, 100);

        ring.add(4, 4, 100);

        assertThat(ring.size()).isEqualTo(3);
        assertThat(ring.contains(1, 1)).isFalse();
        assertThat(ring.contains(4, 4)).isTrue();
    }

    @Test
    void aReleasedClaimIsGoneAndCanBeAddedAgain() {
        ClaimRing ring = new ClaimRing(3);
        ring.add(1, 1, 100);
        ring.add(2, 2, 100);

        ring.release(1, 1);
        ring.release(9, 9);

        assertThat(ring.contains(1, 1)).isFalse();
        assertThat(ring.size()).isEqualTo(1);
        ring.add(1, 1, 100);
        ring.add(3, 3, 100);
        assertThat(ring.size()).isEqualTo(3);
        assertThat(ring.contains(1, 1)).isTrue();
        assertThat(ring.contains(2, 2)).isTrue();
        assertThat(ring.contains(3, 3)).isTrue();
    }

    @Test
    void expiredClaimsAreForgottenOldestFirst() {
        ClaimRing ring = new ClaimRing(10);
        ring.add(1, 1, 100);
        ring.add(2, 2, 200);

        ring.forgetExpiredAt(99);
        assertThat(ring.size()).isEqualTo(2);
        ring.forgetExpiredAt(100);

        assertThat(ring.contains(1, 1)).isFalse();
        assertThat(ring.contains(2, 2)).isTrue();
        assertThat(ring.size()).isEqualTo(1);
    }

    /**
     * Many claims crowding few table homes, added, released, evicted and expired at random, checked after every
     * step against a plain model of the ring: removal by backward shift must keep every claim findable. The bound
     * stays under the first capacity, so the ring never grows (growing drops released entries, which the model
     * does not follow).
     */
    @Test
    void agreesWithAPlainModelThroughRandomAddsReleasesEvictionsAndExpiries() {
        Random random = new Random(20261122);
        int bound = 300;
        ClaimRing ring = new ClaimRing(bound);
        Deque<long[]> order = new ArrayDeque<>(); // {key, expiry, released 0/1}, oldest first
        Map<Long, long[]> held = new HashMap<>();
        long now = 0;
        for (int step = 0; step < 40_000; step++) {
            long key = random.nextInt(1_000);
            int action = random.nextInt(10);
            if (action < 6 && !held.containsKey(key)) {
                if (order.size() == bound) {
                    forget(order.removeFirst(), held);
                }
                long[] entry = {key, now + 40, 0};
                order.addLast(entry);
                held.put(key, entry);
                ring.add(crowded(key), key, now + 40);
            } else if (action >= 6 && action < 9) {
                long[] entry = held.remove(key);
                if (entry != null) {
                    entry[2] = 1;
                }
                ring.release(crowded(key), key);
            } else if (action == 9) {
                now += random.nextInt(5);
                while (!order.isEmpty() && order.peekFirst()[1] <= now) {
                    forget(order.removeFirst(), held);
                }
                ring.forgetExpiredAt(now);
            }
            assertThat(ring.size()).isEqualTo(held.size());
            for (long k = 0; k < 1_000; k++) {
                assertThat(ring.contains(crowded(k), k)).as("step %d, key %d", step, k).isEqualTo(held.containsKey(k));
            }
        }
    }

    /**
     * Only 53 distinct high fingerprints, whose table homes (their low bits) lie close together on both sides of
     * the table's end: long probe runs, many wrapping around it.
     */
    private static long crowded(long key) {
        return key % 53 * 7 - 30;
    }

    private static void forget(long[] entry, Map<Long, long[]> held) {
        if (entry[2] == 0) {
            held.remove(entry[0]);
        }
    }
}
