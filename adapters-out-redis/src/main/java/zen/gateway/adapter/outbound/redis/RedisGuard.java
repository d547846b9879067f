package zen.gateway.adapter.outbound.redis;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to Redis: every call passes a circuit breaker and waits at most the call timeout, whatever happens
 * inside Redisson, so that Redis being slow or gone costs the gateway a bounded delay and then none at all. The
 * breaker stays forced open until there is a client, and is shared by everything that uses this Redis, since
 * they all fail together. Counts round trips, failures and fallbacks for the metrics. Thread-safe.
 */
final class RedisGuard {

    private static final Logger log = LoggerFactory.getLogger(RedisGuard.class);

    private final Supplier<Optional<RedissonClient>> client;
    private final CircuitBreaker breaker;
    private final Duration callTimeout;
    private final LongAdder roundTrips = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder fallbacks = new LongAdder();

    RedisGuard(Supplier<Optional<RedissonClient>> client, RedisSettings.Breaker settings, Duration callTimeout) {
        this.client = client;
        this.callTimeout = callTimeout;
        this.breaker = CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition()) {
                case CLOSED_TO_OPEN -> log.warn("Redis keeps failing: answering without it for {}",
                        settings.openFor());
                case HALF_OPEN_TO_CLOSED -> log.info("Redis answers again: back in use");
                default -> log.debug("Redis circuit breaker: {}", event.getStateTransition());
            }
        });
        breaker.transitionToForcedOpenState();
    }

    /**
     * What Redis answered, or empty when it was not asked (no client yet, breaker open) or did not answer in time:
     * the caller then does without. The command must not complete with null.
     */
    <T> Optional<T> call(Function<RedissonClient, ? extends CompletionStage<T>> command) {
        try {
            return Optional.of(callOrThrow(command));
        } catch (RedisUnavailableException e) {
            fallbacks.increment();
            log.debug("Answering without Redis", e);
            return Optional.empty();
        }
    }

    /** Runs a command whose answer does not matter; false when it could not be run. */
    boolean run(Function<RedissonClient, ? extends CompletionStage<?>> command) {
        return call(redis -> command.apply(redis).thenApply(answer -> Boolean.TRUE)).isPresent();
    }

    /** Like {@link #call} but says why Redis could not answer; for the health check. */
    <T> T callOrThrow(Function<RedissonClient, ? extends CompletionStage<T>> command) {
        RedissonClient redis = client.get().orElseThrow(() -> new RedisUnavailableException("not connected", null));
        try {
            return breaker.executeCallable(() -> {
                roundTrips.increment();
                return Objects.requireNonNull(await(command.apply(redis)), "answer");
            });
        } catch (CallNotPermittedException e) {
            throw new RedisUnavailableException("circuit breaker " + breaker.getState(), e);
        } catch (Exception e) {
            failures.increment();
            throw new RedisUnavailableException("call failed: " + e, e);
        }
    }

    private <T> T await(CompletionStage<T> answer) throws Exception {
        CompletableFuture<T> future = answer.toCompletableFuture();
        try {
            return future.get(callTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            throw e;
        }
    }

    void connected() {
        breaker.transitionToClosedState();
    }

    void disconnected() {
        breaker.transitionToForcedOpenState();
    }

    boolean available() {
        return breaker.getState() == CircuitBreaker.State.CLOSED && client.get().isPresent();
    }

    String breakerState() {
        return breaker.getState().name();
    }

    long roundTrips() {
        return roundTrips.sum();
    }

    long failures() {
        return failures.sum();
    }

    long fallbacks() {
        return fallbacks.sum();
    }

    /** Why Redis could not answer. */
    static final class RedisUnavailableException extends IllegalStateException {
        RedisUnavailableException(String reason, Throwable cause) {
            super("Redis unavailable: " + reason, cause);
        }
    }
}
