package zen.gateway.application.port.outbound.forwarding;

import java.util.Map;

/**
 * Looks at and resets the per-URL circuit breakers of outbound delivery, for operators (admin task, management
 * API). A breaker is keyed by its URL without query string or user info, so that tokens in a query never show
 * up here. Thread-safe.
 */
public interface CircuitBreakerControl {

    /** Every URL that has a breaker, mapped to {@code CLOSED}, {@code OPEN} or {@code HALF_OPEN}. */
    Map<String, String> states();

    /**
     * Closes the breaker of {@code url} and forgets its recent calls, so deliveries to it resume at once.
     * {@code url} may be the full endpoint URL or a key from {@link #states()}.
     *
     * @return false when there is no breaker for that URL (or it is not a URL)
     */
    boolean reset(String url);

    /** The state of the breaker a delivery to {@code url} goes through; {@code CLOSED} when it has none yet. */
    String stateOf(String url);
}
