package zen.gateway.domain.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One WhatsApp message as the gateway tracks it: what is known about it, its lifecycle, every status ever
 * reported (including late and repeated ones) and why it failed, if it did. Immutable; {@link #observe}
 * returns the next version. Stores that cannot run this code atomically (MongoDB, SQL) express the same
 * rules with their own operators, and one contract test suite holds them all to this class.
 */
public record TrackedMessage(
        String messageId,
        MessageDetails details,
        MessageLifecycle lifecycle,
        List<StatusObservation> history,
        Failure failure,
        Instant createdAt,
        Instant updatedAt) {

    /** History in the order things happened, so that every store answers the same. */
    public static final Comparator<StatusObservation> HISTORY_ORDER = Comparator
            .comparing(StatusObservation::occurredAt)
            .thenComparing(StatusObservation::receivedAt)
            .thenComparingInt(o -> o.status().rank())
            .thenComparing(StatusObservation::source);

    public TrackedMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(lifecycle, "lifecycle");
        history = history.stream().sorted(HISTORY_ORDER).toList();
    }

    /** A message first heard of through {@code observation}. */
    public static TrackedMessage firstSeen(
            String messageId, MessageDetails details, StatusObservation observation, Failure failure) {
        return new TrackedMessage(
                messageId,
                details,
                MessageLifecycle.startingWith(observation.status(), observation.occurredAt()),
                List.of(observation),
                observation.status() == MessageStatus.FAILED ? failure : null,
                observation.receivedAt(),
                observation.receivedAt());
    }

    public Observed observe(StatusObservation observation, MessageDetails offered, Failure reportedFailure) {
        LifecycleOutcome outcome = lifecycle.observe(observation.status(), observation.occurredAt());
        List<StatusObservation> nextHistory = new ArrayList<>(history);
        // the same report arriving again (a BSP retry, a batch handed over twice, a repeat on another node) is one
        // report: the history keeps it once, with the arrival that was applied first
        if (history.stream().noneMatch(observation::sameReportAs)) {
            nextHistory.add(observation);
        }
        Failure nextFailure = failure == null && observation.status() == MessageStatus.FAILED ? reportedFailure : failure;
        Instant touched = observation.receivedAt().isAfter(updatedAt) ? observation.receivedAt() : updatedAt;
        TrackedMessage next = new TrackedMessage(
                messageId, details.filledFrom(offered), outcome.lifecycle(), nextHistory, nextFailure, createdAt, touched);
        return new Observed(next, outcome);
    }

    public MessageStatus currentStatus() {
        return lifecycle.current();
    }

    public Optional<Failure> failureReason() {
        return Optional.ofNullable(failure);
    }

    /** The next version of a message and what the observation did to its lifecycle. */
    public record Observed(TrackedMessage message, LifecycleOutcome outcome) {}
}
