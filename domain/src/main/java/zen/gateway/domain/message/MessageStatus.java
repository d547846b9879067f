package zen.gateway.domain.message;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a message stands. The declaration order is the precedence: the current status of a message is the
 * highest-ranked status ever observed for it, so arrival order never matters. {@code FAILED} outranks
 * {@code SENT} (a failure replaces "in flight") but not {@code DELIVERED}/{@code READ}: a user with several
 * devices can see a message that failed on one of them.
 */
public enum MessageStatus {
    ACCEPTED,
    SENT,
    FAILED,
    DELIVERED,
    READ;

    private static final MessageStatus[] BY_RANK = values();

    /** A number that grows with precedence; stores use it for atomic {@code max} updates. */
    public int rank() {
        return ordinal();
    }

    public static MessageStatus ofRank(int rank) {
        if (rank < 0 || rank >= BY_RANK.length) {
            throw new IllegalArgumentException("no message status has rank " + rank);
        }
        return BY_RANK[rank];
    }

    public boolean outranks(MessageStatus other) {
        return rank() > other.rank();
    }

    /** The current status for a set of observed statuses, or empty when none was observed. */
    public static Optional<MessageStatus> currentOf(Collection<MessageStatus> seen) {
        return seen.stream().max(Comparator.comparingInt(MessageStatus::rank));
    }

    /** The lower-case name used on the wire ({@code "delivered"}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name in any case; empty when it names no status. */
    public static Optional<MessageStatus> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(BY_RANK).filter(s -> s.name().equals(wanted)).findFirst();
    }
}
