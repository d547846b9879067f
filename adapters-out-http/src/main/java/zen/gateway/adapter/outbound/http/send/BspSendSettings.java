package zen.gateway.adapter.outbound.http.send;

import java.time.Duration;
import java.util.Objects;

/**
 * How the BSP send clients talk to the providers.
 *
 * @param connectTimeout longest wait for a connection; running out means nothing was sent
 * @param requestTimeout longest wait for a whole exchange, from the first byte sent to the last byte read; running
 *                       out means the message may have been sent
 * @param userAgent      the {@code User-Agent} of every request
 */
public record BspSendSettings(Duration connectTimeout, Duration requestTimeout, String userAgent) {

    public static final String DEFAULT_USER_AGENT = "ZEN-Messaging-Gateway/1.0";

    public BspSendSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        // The request deadline also runs while connecting; were it the shorter, a slow connect would end as
        // "may have been sent" although nothing was.
        if (connectTimeout.compareTo(requestTimeout) >= 0) {
            throw new IllegalArgumentException("connectTimeout must be shorter than requestTimeout");
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent cannot be blank");
        }
    }

    /**
     * 5 s to connect, 30 s per request: no provider publishes a latency for its send call, and bsp/send/README.md
     * §5 suggests 3-5 s and 20-30 s. A long wait costs one pending future; a short one turns slow successes into
     * ambiguous outcomes that are never resent.
     */
    public static BspSendSettings defaults() {
        return new BspSendSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), DEFAULT_USER_AGENT);
    }

    public BspSendSettings withTimeouts(Duration connect, Duration request) {
        return new BspSendSettings(connect, request, userAgent);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + duration);
        }
    }
}
