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
 * @param maxInFlightPerEndpoint  most sends to one endpoint (breaker key) on the wire or waiting for a place there,
 *                                so that a slow receiver takes only its share of {@code maxInFlight}
 * @param endpointWaitBudget      longest a send waits for room (its endpoint's share, then a place on the wire)
 *                                before it is put off, unattempted, to be tried again after one request timeout
 * @param breakerFailureThreshold consecutive failures of one URL that open its breaker; also the number of recent
 *                                calls whose slowness is judged
 * @param breakerSlowCallDuration a call slower than this is slow, even when it succeeds
 * @param breakerSlowCallRate     percentage of slow calls among the recent ones that opens the breaker
 * @param breakerOpenDuration     how long an open breaker refuses sends before letting trial calls through
 * @param halfOpenCalls           trial calls a half-open breaker lets through to decide whether to close
 * @param allowedNetworks         CIDRs ({@code 10.1.0.0/16}, {@code fd00::/8}, or a single address) that may be
 *                                reached although private, loopback, link-local or otherwise special-purpose
 * @param userAgent               the {@code User-Agent} of every request
 */
public record HttpSenderSettings(
        // Eight settings of the outbound client in one value, each described above; the configuration builds it once.
        Duration connectTimeout,
        Duration requestTimeout,
        int maxInFlight,
        int maxInFlightPerEndpoint,
        Duration endpointWaitBudget,
        int breakerFailureThreshold,
        Duration breakerSlowCallDuration,
        float breakerSlowCallRate,
        Duration breakerOpenDuration,
        int halfOpenCalls,
        List<String> allowedNetworks,
        String userAgent) {

    public static final String DEFAULT_USER_AGENT = "ZEN-Webhook-Forwarder/1.0";
    /** One receiver answering 200 after 12 s took all 100 places and held up other projects for 60 s; now 10 at most. */
    public static final int DEFAULT_MAX_IN_FLIGHT_PER_ENDPOINT = 10;
    /** Long enough for a burst to a fast receiver to pass, short enough not to hold the transport's own slots. */
    public static final Duration DEFAULT_ENDPOINT_WAIT_BUDGET = Duration.ofSeconds(1);
    /** GitHub gives receivers 10 s; a receiver slower than that is unwell even when it answers 200. */
    public static final Duration DEFAULT_BREAKER_SLOW_CALL_DURATION = Duration.ofSeconds(10);
    public static final float DEFAULT_BREAKER_SLOW_CALL_RATE = 50;

    public HttpSenderSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(endpointWaitBudget, "endpointWaitBudget");
        requirePositive(breakerSlowCallDuration, "breakerSlowCallDuration");
        requirePositive(breakerOpenDuration, "breakerOpenDuration");
        requireAtLeastOne(maxInFlight, "maxInFlight");
        requireAtLeastOne(maxInFlightPerEndpoint, "maxInFlightPerEndpoint");
        requireAtLeastOne(breakerFailureThreshold, "breakerFailureThreshold");
        requireAtLeastOne(halfOpenCalls, "halfOpenCalls");
        if (!(breakerSlowCallRate > 0 && breakerSlowCallRate <= 100)) {
            throw new IllegalArgumentException("breakerSlowCallRate is a percentage above 0 and up to 100, not "
                    + breakerSlowCallRate);
        }
        allowedNetworks = List.copyOf(allowedNetworks);
        allowedNetworks.forEach(Cidr::parse); // a typo in the allowlist fails at startup, not at the first delivery
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent cannot be blank");
        }
    }

    /** The settings as they were before endpoints got shares and slow calls counted; those take their defaults. */
    public HttpSenderSettings(Duration connectTimeout, Duration requestTimeout, int maxInFlight,
            int breakerFailureThreshold, Duration breakerOpenDuration, int halfOpenCalls, List<String> allowedNetworks,
            String userAgent) {
        this(connectTimeout, requestTimeout, maxInFlight, DEFAULT_MAX_IN_FLIGHT_PER_ENDPOINT,
                DEFAULT_ENDPOINT_WAIT_BUDGET, breakerFailureThreshold, DEFAULT_BREAKER_SLOW_CALL_DURATION,
                DEFAULT_BREAKER_SLOW_CALL_RATE, breakerOpenDuration, halfOpenCalls, allowedNetworks, userAgent);
    }

    /**
     * 5 s to connect, 15 s per request, 100 in flight and 10 per endpoint waiting at most 1 s for room; breakers
     * open after 10 failures, or when half of the last 10 calls took over 10 s, for 5 minutes.
     */
    public static HttpSenderSettings defaults() {
        return new HttpSenderSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), 100,
                10, Duration.ofMinutes(5), 3, List.of(), DEFAULT_USER_AGENT);
    }

    public HttpSenderSettings withTimeouts(Duration connect, Duration request) {
        return new HttpSenderSettings(connect, request, maxInFlight, maxInFlightPerEndpoint, endpointWaitBudget,
                breakerFailureThreshold, breakerSlowCallDuration, breakerSlowCallRate, breakerOpenDuration,
                halfOpenCalls, allowedNetworks, userAgent);
    }

    public HttpSenderSettings withMaxInFlight(int max) {
        return new HttpSenderSettings(connectTimeout, requestTimeout, max, maxInFlightPerEndpoint, endpointWaitBudget,
                breakerFailureThreshold, breakerSlowCallDuration, breakerSlowCallRate, breakerOpenDuration,
                halfOpenCalls, allowedNetworks, userAgent);
    }

    public HttpSenderSettings withEndpointShare(int maxInFlightPerEndpoint, Duration waitBudget) {
        return new HttpSenderSettings(connectTimeout, requestTimeout, maxInFlight, maxInFlightPerEndpoint, waitBudget,
                breakerFailureThreshold, breakerSlowCallDuration, breakerSlowCallRate, breakerOpenDuration,
                halfOpenCalls, allowedNetworks, userAgent);
    }

    public HttpSenderSettings withBreaker(int failureThreshold, Duration openDuration, int trialCalls) {
        return new HttpSenderSettings(connectTimeout, requestTimeout, maxInFlight, maxInFlightPerEndpoint,
                endpointWaitBudget, failureThreshold, breakerSlowCallDuration, breakerSlowCallRate, openDuration,
                trialCalls, allowedNetworks, userAgent);
    }

    public HttpSenderSettings withSlowCalls(Duration slowerThan, float ratePercent) {
        return new HttpSenderSettings(connectTimeout, requestTimeout, maxInFlight, maxInFlightPerEndpoint,
                endpointWaitBudget, breakerFailureThreshold, slowerThan, ratePercent, breakerOpenDuration,
                halfOpenCalls, allowedNetworks, userAgent);
    }

    public HttpSenderSettings withAllowedNetworks(List<String> cidrs) {
        return new HttpSenderSettings(connectTimeout, requestTimeout, maxInFlight, maxInFlightPerEndpoint,
                endpointWaitBudget, breakerFailureThreshold, breakerSlowCallDuration, breakerSlowCallRate,
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
