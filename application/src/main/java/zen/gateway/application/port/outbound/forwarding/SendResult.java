package zen.gateway.application.port.outbound.forwarding;

import java.time.Duration;
import zen.gateway.domain.delivery.AttemptOutcome;

/** What became of a send: an attempt was made, or none was because the URL's circuit breaker is open. */
public sealed interface SendResult {

    /** {@code responseBody} holds at most the first 10 KB of the answer (null when there was none). */
    record Attempted(AttemptOutcome outcome, Duration latency, String responseBody) implements SendResult {}

    /** The URL's breaker is open; try again after {@code retryIn}. Not an attempt: it costs the delivery nothing. */
    record CircuitOpen(Duration retryIn) implements SendResult {}
}
