package zen.gateway.domain.delivery;

import java.time.Duration;
import java.util.Optional;

/** What happened when the gateway tried to POST an event to an endpoint. */
public sealed interface AttemptOutcome {

    /** The receiver answered. {@code retryAfter} is its {@code Retry-After}, when it sent one. */
    record Responded(int statusCode, Optional<Duration> retryAfter) implements AttemptOutcome {
        public Responded {
            if (statusCode < 100 || statusCode > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + statusCode);
            }
        }

        public static Responded status(int statusCode) {
            return new Responded(statusCode, Optional.empty());
        }
    }

    /** No answer within the deadline. */
    record TimedOut() implements AttemptOutcome {}

    /** No connection: refused, reset, DNS failure, TLS failure. */
    record ConnectionFailed(String reason) implements AttemptOutcome {}

    /** The gateway itself refused to send (e.g. the URL now resolves to a forbidden network). */
    record Refused(String reason) implements AttemptOutcome {}
}
