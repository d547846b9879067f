package zen.gateway.adapter.outbound.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How outbound webhook delivery behaves.
 *
 * @param connectTimeout          longest wait for a TCP (and TLS) connection
 * @param requestTimeout          longest wait for a whole exchange, from sending to the last byte kept
 * @param maxInFlight             most requests on the wire at once; further sends wait in a queue
 * @param breakerFailureThreshold consecutive failures of one URL that open its breaker
 * @param breakerOpenDuration     how long an open breaker refuses sends before letting trial calls through
 * @param halfOpenCalls           trial calls a half-open breaker lets through to decide whether to close
 * @param allowedNetworks         CIDRs ({@code 10.1.0.0/16}, {@code fd00::/8}, or a single address) that may be
 *                                reached although private, loopback or link-local
 * @param userAgent               the {@code User-Agent} of every request
 */
public record HttpSenderSettings(
        // Eight settings of the outbound client in one value, each described above; the configuration builds it once.
        Duration connectTimeout,
        Duration requestTimeout,
        int maxInFlight,
        int breakerFailureThreshold,
        Duration breakerOpenDuration,
        int halfOpenCalls,
        List<String> allowedNetworks,
        String userAgent) {

    public static final String DEFAULT_USER_AGENT = "ZEN-Webhook-Forwarder/1.0";

    public HttpSenderSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(breakerOpenDuration, "breakerOpenDuration");
        requireAtLeastOne(maxInFlight, "maxInFlight");
        requireAtLeastOne(breakerFailureThreshold, "breakerFailureThreshold");
        requireAtLeastOne(halfOpenCalls, "halfOpenCalls");
        allowedNetworks = List.copyOf(allowedNetworks);
        allowedNetworks.forEach(Cidr::parse); // a typo in the allowlist fails at startup, not at the first delivery
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent cannot be blank");
        }
    }

    /** 5 s to connect, 15 s per request, 100 in flight, breakers open after 10 failures for 5 minutes. */
    public static HttpSenderSettings defaults() {
        return new HttpSenderSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), 100,
                10, Duration.ofMinutes(5), 3, List.of(), DEFAULT_USER_AGENT);
    }

    public HttpSenderSettings withTimeouts(Duration connect, Duration request) {
        return new HttpSenderSettings(connect, request, maxInFlight, breakerFailureThreshold,
                breakerOpenDuration, halfOpenCalls, allowedNetworks, userAgent);
    }

    public HttpSenderSettings withMaxInFlight(int max) {
        return new HttpSenderSettings(connectTimeout, requestTimeout, max, breakerFailureThreshold,
                breakerOpenDuration, halfOpenCalls, allowedNetworks, userAgent);
    }

    public HttpSenderSettings withBreaker(int failureThreshold, Duration openDuration, int trialCalls) {
        return new HttpSenderSettings(connectTimeout, requestTimeout, maxInFlight, failureThreshold,
                openDuration, trialCalls, allowedNetworks, userAgent);
    }

    public HttpSenderSettings withAllowedNetworks(List<String> cidrs) {
        return new HttpSenderSettings(connectTimeout, requestTimeout, maxInFlight, breakerFailureThreshold,
                breakerOpenDuration, halfOpenCalls, cidrs, userAgent);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + duration);
        }
    }

    private static void requireAtLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
