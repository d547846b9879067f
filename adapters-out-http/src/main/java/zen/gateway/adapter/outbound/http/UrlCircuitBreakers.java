package zen.gateway.adapter.outbound.http;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import zen.gateway.application.port.outbound.forwarding.CircuitBreakerControl;

/**
 * One resilience4j circuit breaker per URL (see {@link BreakerKey}), so one failing customer does not hold up
 * the others, and a dead endpoint is not hammered. A breaker opens after {@code threshold} consecutive failures:
 * a count-based window of that size with a 100 % failure-rate threshold can only be exceeded by a window full of
 * failures. It also opens when the slow calls in that window reach the slow-call rate: a receiver that answers
 * 200 after 12 s never fails, yet holds its places on the wire for most of the request timeout. Thread-safe.
 */
final class UrlCircuitBreakers implements CircuitBreakerControl {

    private final CircuitBreakerRegistry registry;
    private final Duration openDuration;
    private final Duration trialCallsSettleWithin;
    private final Clock clock;
    private final Map<String, Instant> openUntil = new ConcurrentHashMap<>();

    UrlCircuitBreakers(HttpSenderSettings settings, Clock clock) {
        this.openDuration = settings.breakerOpenDuration();
        this.trialCallsSettleWithin = settings.requestTimeout();
        this.clock = clock;
        int threshold = settings.breakerFailureThreshold();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindow(threshold, threshold, SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(openDuration)
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                .slowCallDurationThreshold(settings.breakerSlowCallDuration())
                .slowCallRateThreshold(settings.breakerSlowCallRate())
                .clock(clock)
                .build();
        this.registry = CircuitBreakerRegistry.of(config);
        // resilience4j does not say when an open breaker will let calls through again, so remember it.
        registry.getEventPublisher().onEntryAdded(added -> added.getAddedEntry().getEventPublisher()
                .onStateTransition(transition -> {
                    String name = transition.getCircuitBreakerName();
                    if (transition.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                        openUntil.put(name, clock.instant().plus(openDuration));
                    } else {
                        openUntil.remove(name);
                    }
                }));
    }

    /** Asks the breaker of {@code url} (an absolute http(s) URL with a host) for one call. */
    BreakerAdmission admit(URI url) {
        CircuitBreaker breaker = registry.circuitBreaker(BreakerKey.of(url));
        if (breaker.tryAcquirePermission()) {
            return new BreakerAdmission.Granted(breaker);
        }
        return new BreakerAdmission.Denied(retryIn(breaker));
    }

    private Duration retryIn(CircuitBreaker breaker) {
        if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
            return trialCallsSettleWithin; // every trial call ends within one request timeout
        }
        Instant until = openUntil.get(breaker.getName());
        if (until == null) {
            return openDuration;
        }
        Duration remaining = Duration.between(clock.instant(), until);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    @Override
    public Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        registry.getAllCircuitBreakers().forEach(breaker -> states.put(breaker.getName(), breaker.getState().name()));
        return states;
    }

    @Override
    public boolean reset(String url) {
        return breakerOf(url).map(breaker -> {
            breaker.reset();
            return true;
        }).orElse(false);
    }

    @Override
    public String stateOf(String url) {
        return breakerOf(url).map(breaker -> breaker.getState().name()).orElse("CLOSED");
    }

    private Optional<CircuitBreaker> breakerOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        URI parsed;
        try {
            parsed = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (NetworkDestinationPolicy.malformation(parsed).isPresent()) {
            return Optional.empty();
        }
        return registry.find(BreakerKey.of(parsed));
    }
}
