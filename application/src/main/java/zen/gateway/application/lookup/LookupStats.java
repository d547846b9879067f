package zen.gateway.application.lookup;

import java.util.concurrent.atomic.LongAdder;

/** How a layered lookup was answered: from this node's memory, from the shared cache, or from the store. */
public final class LookupStats {

    private final LongAdder localHits = new LongAdder();
    private final LongAdder sharedHits = new LongAdder();
    private final LongAdder storeLoads = new LongAdder();

    void localHit() {
        localHits.increment();
    }

    void sharedHit() {
        sharedHits.increment();
    }

    void storeLoad() {
        storeLoads.increment();
    }

    public long localHits() {
        return localHits.sum();
    }

    public long sharedHits() {
        return sharedHits.sum();
    }

    /** Misses of both cache levels. */
    public long storeLoads() {
        return storeLoads.sum();
    }
}
