package zen.gateway.adapter.outbound.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach Redis and how much to trust it: the {@code REDIS_URL}, this gateway's key namespace, the dedup time
 * to live, the time limits that keep a slow or absent Redis from slowing the gateway, and the circuit breaker that
 * stops asking it for a while once it fails. Start from {@link #of(String)}; the defaults suit production.
 * Immutable.
 *
 * @param url        {@code redis://[[user]:password@]host[:port][/database]} ({@code rediss://} for TLS)
 * @param keyPrefix  put before every key and channel name, so that several gateways (or test runs) can share a
 *                   Redis; letters, digits and {@code : _ . -} only, so that an operator can match it in a KEYS or
 *                   SCAN pattern as typed
 * @param dedupTtl   how long a claimed event id stays claimed
 * @param timeouts   time limits of every Redis call
 * @param breaker    when to stop calling Redis, and for how long
 */
public record RedisSettings(String url, String keyPrefix, Duration dedupTtl, Timeouts timeouts, Breaker breaker) {

    public static final String DEFAULT_KEY_PREFIX = "zen:";
    public static final Duration DEFAULT_DEDUP_TTL = Duration.ofHours(24);

    private static final Pattern SAFE_PREFIX = Pattern.compile("[A-Za-z0-9:_.\\-]*");

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (!SAFE_PREFIX.matcher(keyPrefix).matches()) {
            throw new IllegalArgumentException("keyPrefix may hold letters, digits and ':_.-' only: " + keyPrefix);
        }
        requirePositive(dedupTtl, "dedupTtl");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(breaker, "breaker");
        RedisUrl.parse(url); // fail at configuration time, not at the first connection attempt
    }

    /** The production defaults for this URL. */
    public static RedisSettings of(String url) {
        return new RedisSettings(url, DEFAULT_KEY_PREFIX, DEFAULT_DEDUP_TTL, Timeouts.DEFAULT, Breaker.DEFAULT);
    }

    public RedisSettings withKeyPrefix(String prefix) {
        return new RedisSettings(url, prefix, dedupTtl, timeouts, breaker);
    }

    public RedisSettings withDedupTtl(Duration ttl) {
        return new RedisSettings(url, keyPrefix, ttl, timeouts, breaker);
    }

    public RedisSettings withTimeouts(Timeouts newTimeouts) {
        return new RedisSettings(url, keyPrefix, dedupTtl, newTimeouts, breaker);
    }

    public RedisSettings withBreaker(Breaker newBreaker) {
        return new RedisSettings(url, keyPrefix, dedupTtl, timeouts, newBreaker);
    }

    /** The URL may hold a password: it never reaches a log through this. */
    @Override
    public String toString() {
        return "RedisSettings[url=" + RedisUrl.parse(url).redacted() + ", keyPrefix=" + keyPrefix
                + ", dedupTtl=" + dedupTtl + ", timeouts=" + timeouts + ", breaker=" + breaker + "]";
    }

    /**
     * Time limits. Redisson gives each command {@code command} to answer and tries {@code retryAttempts} more
     * times, {@code retryDelay} apart; {@code call} caps the whole call whatever happens inside Redisson, so that
     * no gateway thread ever waits longer on Redis. While Redis cannot be reached at all, a new connection is
     * attempted every {@code reconnect}.
     */
    public record Timeouts(Duration command, Duration connect, int retryAttempts, Duration retryDelay, Duration call,
            Duration reconnect) {

        public static final Timeouts DEFAULT = new Timeouts(Duration.ofMillis(300), Duration.ofMillis(500), 1,
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5));

        public Timeouts {
            requirePositive(command, "command");
            requirePositive(connect, "connect");
            if (retryAttempts < 0) {
                throw new IllegalArgumentException("retryAttempts must not be negative");
            }
            requirePositive(retryDelay, "retryDelay");
            requirePositive(call, "call");
            requirePositive(reconnect, "reconnect");
            if (call.compareTo(command) < 0) {
                throw new IllegalArgumentException("call (" + call + ") must leave a command its time (" + command + ")");
            }
        }
    }

    /**
     * The circuit breaker in front of Redis: it opens when at least {@code failureRatePercent} of the last
     * {@code window} calls failed (once {@code minimumCalls} were made), answers every call from the fallback
     * for {@code openFor}, then lets {@code halfOpenCalls} trial calls through; if they succeed it closes again.
     */
    public record Breaker(int failureRatePercent, int window, int minimumCalls, Duration openFor, int halfOpenCalls) {

        public static final Breaker DEFAULT = new Breaker(50, 20, 5, Duration.ofSeconds(10), 2);

        public Breaker {
            if (failureRatePercent < 1 || failureRatePercent > 100) {
                throw new IllegalArgumentException("failureRatePercent must be within 1..100");
            }
            if (window < 1 || minimumCalls < 1 || halfOpenCalls < 1) {
                throw new IllegalArgumentException("window, minimumCalls and halfOpenCalls must be positive");
            }
            requirePositive(openFor, "openFor");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
