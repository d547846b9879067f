package zen.gateway.domain.access;

/**
 * How many requests one key may make: {@code perSecond} on average, with bursts up to {@code burst}. Generous by
 * default; a key of its own is there to stop a runaway client before it takes the gateway from everyone else.
 */
public record KeyRateLimit(double perSecond, int burst) {

    public static final KeyRateLimit DEFAULT = new KeyRateLimit(50, 100);

    public KeyRateLimit {
        if (!(perSecond > 0) || perSecond > 1_000_000 || burst < 1 || burst > 1_000_000) {
            throw new IllegalArgumentException("a rate limit needs 0 < per_second <= 1000000 and 1 <= burst <= 1000000");
        }
    }

    /** Whether this limit lets through no more than {@code other}, at any moment. */
    public boolean within(KeyRateLimit other) {
        return perSecond <= other.perSecond && burst <= other.burst;
    }
}
