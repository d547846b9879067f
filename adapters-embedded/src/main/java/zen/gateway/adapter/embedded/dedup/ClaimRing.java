package zen.gateway.adapter.embedded.dedup;

/**
 * Claims kept in primitive arrays: each claim is a 128-bit fingerprint and an expiry time, held in claiming order
 * in a ring, and found through an open-addressing table of ring positions (linear probing, removal by backward
 * shift, so no tombstones). Why not a map of strings: a million claims as map entries, strings and instants took
 * about 160 MB of long-lived objects that the collector had to trace and, as the oldest were evicted, reclaim from
 * the old generation: a quarter of the gateway's CPU went to GC under load. Here a claim is 32 bytes in six arrays
 * that hold no references. The ring grows by doubling up to its bound, so a quiet gateway stays small.
 * Not thread-safe.
 */
final class ClaimRing {

    private static final int FIRST_CAPACITY = 1024;
    /** The expiry of a claim released before it expired: still in the ring, no longer in the table. */
    private static final long RELEASED = Long.MIN_VALUE;

    private final int maxClaims;
    private long[] high;
    private long[] low;
    private long[] expiry;
    private int head;
    private int count;
    private int live;
    /** Ring position + 1 of the claim in each slot; 0 is an empty slot. */
    private int[] slots;
    private int mask;

    ClaimRing(int maxClaims) {
        if (maxClaims < 1) {
            throw new IllegalArgumentException("maxClaims must be positive");
        }
        this.maxClaims = maxClaims;
        allocate(Math.min(maxClaims, FIRST_CAPACITY));
    }

    /** The claims held and not released, expired or not yet forgotten. */
    int size() {
        return live;
    }

    boolean contains(long fingerprintHigh, long fingerprintLow) {
        return slotOf(fingerprintHigh, fingerprintLow) >= 0;
    }

    /**
     * Adds a claim not held yet. When the ring is full at its bound, the oldest claim is forgotten to make room,
     * which keeps memory bounded under any load.
     */
    void add(long fingerprintHigh, long fingerprintLow, long expiresAt) {
        if (count == high.length) {
            if (high.length < maxClaims) {
                allocate(Math.min(maxClaims, high.length * 2));
            } else {
                dropOldest();
            }
        }
        int position = (head + count) % high.length;
        high[position] = fingerprintHigh;
        low[position] = fingerprintLow;
        expiry[position] = expiresAt;
        count++;
        live++;
        int slot = home(fingerprintHigh);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = position + 1;
    }

    /** Forgets a claim before it expires; a claim not held is ignored. */
    void release(long fingerprintHigh, long fingerprintLow) {
        int slot = slotOf(fingerprintHigh, fingerprintLow);
        if (slot >= 0) {
            expiry[slots[slot] - 1] = RELEASED;
            removeSlot(slot);
            live--;
        }
    }

    /** Forgets the claims that expired at {@code now}: all claims last as long, so they are the oldest. */
    void forgetExpiredAt(long now) {
        while (count > 0 && expiry[head] <= now) {
            dropOldest();
        }
    }

    private void dropOldest() {
        if (expiry[head] != RELEASED) {
            removeSlot(slotOf(head));
            live--;
        }
        head = (head + 1) % high.length;
        count--;
    }

    private int slotOf(long fingerprintHigh, long fingerprintLow) {
        for (int slot = home(fingerprintHigh); slots[slot] != 0; slot = (slot + 1) & mask) {
            int position = slots[slot] - 1;
            if (high[position] == fingerprintHigh && low[position] == fingerprintLow) {
                return slot;
            }
        }
        return -1;
    }

    private int slotOf(int position) {
        int slot = home(high[position]);
        while (slots[slot] != position + 1) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Empties a slot and moves later claims of its probe run back, so that every claim stays findable. */
    private void removeSlot(int slot) {
        int gap = slot;
        int next = slot;
        while (true) {
            next = (next + 1) & mask;
            if (slots[next] == 0) {
                slots[gap] = 0;
                return;
            }
            int wanted = home(high[slots[next] - 1]);
            // the claim at next may fill the gap unless its home lies cyclically after the gap, up to next
            boolean staysPut = gap <= next ? gap < wanted && wanted <= next : gap < wanted || wanted <= next;
            if (!staysPut) {
                slots[gap] = slots[next];
                gap = next;
            }
        }
    }

    private int home(long fingerprintHigh) {
        return (int) fingerprintHigh & mask;
    }

    /** New arrays of {@code capacity}, holding the live claims in their order, and a table at most half full. */
    private void allocate(int capacity) {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldExpiry = expiry;
        int oldHead = head;
        int oldCount = count;
        high = new long[capacity];
        low = new long[capacity];
        expiry = new long[capacity];
        slots = new int[Integer.highestOneBit(capacity * 2 - 1) << 1];
        mask = slots.length - 1;
        head = 0;
        count = 0;
        live = 0;
        for (int i = 0; i < oldCount; i++) {
            int position = (oldHead + i) % oldHigh.length;
            if (oldExpiry[position] != RELEASED) {
                add(oldHigh[position], oldLow[position], oldExpiry[position]);
            }
        }
    }
}
