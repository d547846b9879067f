package zen.gateway.adapter.inbound.http;

/** At most {@code perSecond} webhooks a second from one source on average, with bursts up to {@code burst}. */
public record RateLimit(double perSecond, int burst) {
    public RateLimit {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs perSecond > 0 and burst >= 1");
        }
    }
}
