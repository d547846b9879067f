package zen.gateway.adapter.outbound.http;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import zen.gateway.domain.delivery.AttemptOutcome;
import zen.gateway.domain.delivery.RetryPolicy;
import zen.gateway.domain.delivery.Verdict;

/** Whether a URL's breaker lets one send through. */
sealed interface BreakerAdmission {

    /** The breaker is open (or its trial calls are all taken): do not send; {@code retryIn} is a fair wait. */
    record Denied(Duration retryIn) implements BreakerAdmission {}

    /**
     * Permission for one call, to be settled exactly once: {@link #record} when a request went out, {@link #release}
     * when none did. An unsettled permission would keep a half-open breaker waiting forever. Thread-safe.
     */
    final class Granted implements BreakerAdmission {

        private final CircuitBreaker breaker;
        private final AtomicBoolean settled = new AtomicBoolean();

        Granted(CircuitBreaker breaker) {
            this.breaker = breaker;
        }

        /**
         * Counts the outcome for the breaker. A failure is what the retry policy would retry — timeouts,
         * connection failures, 408, 429, 5xx — because that is the receiver being unwell; any other answer
         * (2xx, 3xx, other 4xx) shows a working receiver. A refusal by the gateway sent nothing, so it is released.
         */
        void record(AttemptOutcome outcome, Duration latency) {
            if (outcome instanceof AttemptOutcome.Refused) {
                release();
                return;
            }
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            long nanos = latency.toNanos();
            if (countsAsFailure(outcome)) {
                breaker.onError(nanos, TimeUnit.NANOSECONDS, new UnhealthyReceiver(outcome));
            } else {
                breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
            }
        }

        /** Gives the permission back unused: nothing was sent. */
        void release() {
            if (settled.compareAndSet(false, true)) {
                breaker.releasePermission();
            }
        }

        static boolean countsAsFailure(AttemptOutcome outcome) {
            return RetryPolicy.classify(outcome) == Verdict.RETRYABLE;
        }
    }

    /** How a retryable outcome is handed to resilience4j, which counts throwables as failures. */
    final class UnhealthyReceiver extends Exception {
        UnhealthyReceiver(AttemptOutcome outcome) {
            super(RetryPolicy.describe(outcome), null, false, false); // no stack trace: this is not a bug
        }
    }
}
