package zen.gateway.domain.message;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The current status of a message and the time each status was first seen. Both are functions of the set of
 * observations, not of their order: the current status is the highest-ranked one seen, and a status's time is
 * the earliest {@code occurredAt} reported for it. Immutable and thread-safe.
 */
public final class MessageLifecycle {

    private final MessageStatus current;
    private final Map<MessageStatus, Instant> firstSeen;

    private MessageLifecycle(MessageStatus current, EnumMap<MessageStatus, Instant> firstSeen) {
        this.current = current;
        this.firstSeen = Collections.unmodifiableMap(firstSeen);
    }

    /** A lifecycle that has seen exactly one status. */
    public static MessageLifecycle startingWith(MessageStatus status, Instant at) {
        EnumMap<MessageStatus, Instant> times = new EnumMap<>(MessageStatus.class);
        times.put(Objects.requireNonNull(status), Objects.requireNonNull(at));
        return new MessageLifecycle(status, times);
    }

    /** Rebuilds a lifecycle from what a store kept; the current status is derived, never trusted. */
    public static MessageLifecycle restore(Map<MessageStatus, Instant> firstSeen) {
        if (firstSeen.isEmpty()) {
            throw new IllegalArgumentException("a lifecycle has seen at least one status");
        }
        EnumMap<MessageStatus, Instant> times = new EnumMap<>(firstSeen);
        return new MessageLifecycle(MessageStatus.currentOf(times.keySet()).orElseThrow(), times);
    }

    public LifecycleOutcome observe(MessageStatus status, Instant at) {
        EnumMap<MessageStatus, Instant> times = new EnumMap<>(firstSeen);
        times.merge(status, at, (known, reported) -> reported.isBefore(known) ? reported : known);
        MessageLifecycle next = new MessageLifecycle(status.outranks(current) ? status : current, times);
        if (status.outranks(current)) {
            return new LifecycleOutcome.StatusAdvanced(next, current, status);
        }
        return new LifecycleOutcome.StatusKept(next, status);
    }

    public MessageStatus current() {
        return current;
    }

    public Optional<Instant> firstSeen(MessageStatus status) {
        return Optional.ofNullable(firstSeen.get(status));
    }

    public Map<MessageStatus, Instant> firstSeenTimes() {
        return firstSeen;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageLifecycle other && current == other.current && firstSeen.equals(other.firstSeen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(current, firstSeen);
    }

    @Override
    public String toString() {
        return "MessageLifecycle[" + current + ", " + firstSeen + "]";
    }
}
