package zen.gateway.domain.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How many attempts a delivery gets and how long to wait between them: {@code initialDelay} after the first
 * failure, multiplied by {@code multiplier} after each further one, capped at {@code maxDelay}, and spread by
 * up to {@code jitter} (a fraction) so that a receiver coming back is not hit by every retry at once.
 * A receiver's {@code Retry-After} is honoured up to {@code maxDelay}.
 */
public record RetrySchedule(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay, double jitter) {

    public RetrySchedule {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("the multiplier cannot shrink delays");
        }
        if (jitter < 0.0 || jitter > 1.0) {
            throw new IllegalArgumentException("jitter is a fraction between 0 and 1");
        }
    }

    /** The existing deployment's schedule: 3 attempts, 3 seconds apart. */
    public static RetrySchedule legacyDefault() {
        return fixed(3, Duration.ofSeconds(3));
    }

    public static RetrySchedule fixed(int maxAttempts, Duration delay) {
        return new RetrySchedule(maxAttempts, delay, 1.0, delay, 0.0);
    }

    public static RetrySchedule exponential(int maxAttempts, Duration initialDelay, Duration maxDelay) {
        return new RetrySchedule(maxAttempts, initialDelay, 2.0, maxDelay, 0.2);
    }

    /** The wait after failed attempt {@code attempt} (1-based); {@code random} in [0, 1) draws the jitter. */
    public Duration delayAfter(int attempt, Duration retryAfter, double random) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double spread = 1.0 + jitter * (2.0 * random - 1.0);
        long millis = Math.round(Math.min(base, maxDelay.toMillis()) * spread);
        Duration delay = Duration.ofMillis(Math.min(Math.max(0, millis), maxDelay.toMillis()));
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            return retryAfter.compareTo(maxDelay) > 0 ? maxDelay : retryAfter;
        }
        return delay;
    }

    /** Every wait of the schedule without jitter, in order: what a delay-queue topology declares. */
    public List<Duration> nominalDelays() {
        List<Duration> delays = new ArrayList<>();
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            double base = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
            delays.add(Duration.ofMillis(Math.round(Math.min(base, maxDelay.toMillis()))));
        }
        return List.copyOf(delays);
    }
}
