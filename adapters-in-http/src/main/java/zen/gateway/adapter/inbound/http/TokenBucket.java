package zen.gateway.adapter.inbound.http;

import java.time.Duration;
import java.util.Optional;

/** A token bucket: refills continuously, holds at most {@code burst} tokens. Thread-safe. */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    TokenBucket(RateLimit limit, long nowNanos) {
        this.perNano = limit.perSecond() / 1_000_000_000.0;
        this.capacity = limit.burst();
        this.tokens = capacity;
        this.refilledAt = nowNanos;
    }

    /** Takes a token; when none is left, how long until one will be. */
    synchronized Optional<Duration> take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - refilledAt) * perNano);
        refilledAt = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano)));
    }
}
