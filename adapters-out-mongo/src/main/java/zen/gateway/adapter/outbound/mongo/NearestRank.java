package zen.gateway.adapter.outbound.mongo;

/**
 * Nearest-rank percentiles (the smallest value with at least p% of the values at or below it) of values that
 * arrive in ascending order and whose count is known beforehand: it keeps three numbers, never the values.
 * Not thread-safe.
 */
final class NearestRank {

    private final long rank50;
    private final long rank95;
    private final long rank99;
    private long seen;
    private long p50;
    private long p95;
    private long p99;

    NearestRank(long count) {
        rank50 = rank(50, count);
        rank95 = rank(95, count);
        rank99 = rank(99, count);
    }

    /** The 1-based position of the p-th percentile among {@code count} sorted values. */
    static long rank(int percent, long count) {
        return Math.max(1, (percent * count + 99) / 100);
    }

    void accept(long ascendingValue) {
        seen++;
        if (seen == rank50) {
            p50 = ascendingValue;
        }
        if (seen == rank95) {
            p95 = ascendingValue;
        }
        if (seen == rank99) {
            p99 = ascendingValue;
        }
    }

    /** 0 while no value arrived, as for an endpoint without attempts. */
    long p50() {
        return p50;
    }

    long p95() {
        return p95;
    }

    long p99() {
        return p99;
    }
}
