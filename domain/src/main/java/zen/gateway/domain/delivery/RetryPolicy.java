package zen.gateway.domain.delivery;

import java.time.Duration;
import java.util.Objects;

/** Classifies attempt outcomes and decides what follows an attempt, given a {@link RetrySchedule}. */
public final class RetryPolicy {

    private final RetrySchedule schedule;

    public RetryPolicy(RetrySchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule);
    }

    public RetrySchedule schedule() {
        return schedule;
    }

    public static Verdict classify(AttemptOutcome outcome) {
        return switch (outcome) {
            case AttemptOutcome.Responded r when r.statusCode() >= 200 && r.statusCode() < 300 -> Verdict.SUCCEEDED;
            case AttemptOutcome.Responded r when r.statusCode() == 408 || r.statusCode() == 429 -> Verdict.RETRYABLE;
            case AttemptOutcome.Responded r when r.statusCode() >= 500 -> Verdict.RETRYABLE;
            case AttemptOutcome.Responded r when r.statusCode() == 410 -> Verdict.GONE;
            case AttemptOutcome.Responded r -> Verdict.PERMANENT;
            case AttemptOutcome.TimedOut t -> Verdict.RETRYABLE;
            case AttemptOutcome.ConnectionFailed c -> Verdict.RETRYABLE;
            case AttemptOutcome.Refused r -> Verdict.PERMANENT;
        };
    }

    /**
     * What to do after attempt number {@code attempt} (1-based) ended with {@code outcome}. {@code random} is a
     * value in [0, 1) that the caller draws, so that jitter stays a pure function here.
     */
    public DeliveryDecision decide(int attempt, AttemptOutcome outcome, double random) {
        return switch (classify(outcome)) {
            case SUCCEEDED -> new DeliveryDecision.Delivered();
            case GONE -> new DeliveryDecision.EndpointGone();
            case PERMANENT -> new DeliveryDecision.DeadLettered("permanent failure: " + describe(outcome));
            case RETRYABLE -> attempt >= schedule.maxAttempts()
                    ? new DeliveryDecision.DeadLettered(
                            "gave up after " + attempt + " attempts: " + describe(outcome))
                    : new DeliveryDecision.RetryLater(schedule.delayAfter(attempt, retryAfter(outcome), random));
        };
    }

    private static Duration retryAfter(AttemptOutcome outcome) {
        if (outcome instanceof AttemptOutcome.Responded r && (r.statusCode() == 429 || r.statusCode() == 503)) {
            return r.retryAfter().orElse(null);
        }
        return null;
    }

    public static String describe(AttemptOutcome outcome) {
        return switch (outcome) {
            case AttemptOutcome.Responded r -> "HTTP " + r.statusCode();
            case AttemptOutcome.TimedOut t -> "timed out";
            case AttemptOutcome.ConnectionFailed c -> "connection failed: " + c.reason();
            case AttemptOutcome.Refused r -> "refused: " + r.reason();
        };
    }
}
