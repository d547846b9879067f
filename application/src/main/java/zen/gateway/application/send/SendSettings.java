package zen.gateway.application.send;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How sends are worked off.
 *
 * @param unknownOutcomeAfter how long a send whose outcome is unknown waits for a status webhook before it fails with
 *                            {@code outcome_unknown}
 * @param sendingLease        how long a claimed send may take before it counts as interrupted (the process died
 *                            mid-send); longer than the BSP request timeout
 * @param maxAttempts         attempts at most for a send that is throttled or could not reach the provider
 * @param firstBackoff        the wait after the first throttled attempt; doubled each time, with jitter
 * @param maxBackoff          the longest wait between attempts
 * @param idempotencyWindow   how long an {@code Idempotency-Key} is kept
 * @param maxInFlight         sends waiting for a provider's answer at once, on this node
 * @param batchSize           sends taken from the store per pass
 * @param twilioStatusCallback the gateway's public URL of Twilio's webhook, to which each Twilio send's own
 *                            {@code StatusCallback} adds our message id; null to leave Twilio's account default
 * @param perRecipientInterval the least time between two sends from one business number to one recipient (Meta's
 *                            pair rate limit, about one message per 6 s); zero for no such limit
 */
public record SendSettings(
        Duration unknownOutcomeAfter,
        Duration sendingLease,
        int maxAttempts,
        Duration firstBackoff,
        Duration maxBackoff,
        Duration idempotencyWindow,
        int maxInFlight,
        int batchSize,
        URI twilioStatusCallback,
        Duration perRecipientInterval) {

    /** Without a per-recipient limit. */
    public SendSettings(Duration unknownOutcomeAfter, Duration sendingLease, int maxAttempts, Duration firstBackoff,
            Duration maxBackoff, Duration idempotencyWindow, int maxInFlight, int batchSize, URI twilioStatusCallback) {
        this(unknownOutcomeAfter, sendingLease, maxAttempts, firstBackoff, maxBackoff, idempotencyWindow, maxInFlight,
                batchSize, twilioStatusCallback, Duration.ZERO);
    }

    public SendSettings {
        Objects.requireNonNull(unknownOutcomeAfter, "unknownOutcomeAfter");
        Objects.requireNonNull(sendingLease, "sendingLease");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(idempotencyWindow, "idempotencyWindow");
        Objects.requireNonNull(perRecipientInterval, "perRecipientInterval");
        if (perRecipientInterval.isNegative()) {
            throw new IllegalArgumentException("perRecipientInterval must not be negative");
        }
        if (maxAttempts < 1 || maxInFlight < 1 || batchSize < 1) {
            throw new IllegalArgumentException("maxAttempts, maxInFlight and batchSize must be at least 1");
        }
    }

    /** 10 min for an unknown outcome, a 2 min lease, 8 attempts from 1 s up to 5 min apart, keys kept 24 h, no pair limit. */
    public static SendSettings defaults() {
        return new SendSettings(Duration.ofMinutes(10), Duration.ofMinutes(2), 8, Duration.ofSeconds(1),
                Duration.ofMinutes(5), Duration.ofHours(24), 256, 200, null);
    }

    /** The same settings with this least time between two sends to one recipient from one number. */
    public SendSettings withPerRecipientInterval(Duration interval) {
        return new SendSettings(unknownOutcomeAfter, sendingLease, maxAttempts, firstBackoff, maxBackoff, idempotencyWindow,
                maxInFlight, batchSize, twilioStatusCallback, interval);
    }
}
