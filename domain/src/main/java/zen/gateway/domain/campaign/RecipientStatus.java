package zen.gateway.domain.campaign;

import java.util.Locale;
import java.util.Optional;

/**
 * Where one recipient stands, each recipient in exactly one. {@link #PENDING} is not handed out yet;
 * {@link #OPTED_OUT} and {@link #CANCELLED} were never sent and never will be. From {@link #QUEUED} on, the status
 * follows the message and only rises in {@link #rank()}, with the lifecycle's precedence (accepted &lt; sent &lt;
 * failed &lt; delivered &lt; read): a late or repeated report never moves it back, and a delivery after a failure
 * wins, as for tracked messages. {@link #UNKNOWN} (sent, no verdict) sits below accepted so that any report settles it.
 */
public enum RecipientStatus {
    PENDING(0),
    OPTED_OUT(0),
    CANCELLED(0),
    QUEUED(1),
    UNKNOWN(2),
    ACCEPTED(3),
    SENT(4),
    FAILED(5),
    DELIVERED(6),
    READ(7);

    private final int rank;

    RecipientStatus(int rank) {
        this.rank = rank;
    }

    /** 0 for the statuses that never had a message; above 0 a message exists and its status only rises. */
    public int rank() {
        return rank;
    }

    /** Whether this status follows a message (the recipient was handed out). */
    public boolean hasMessage() {
        return rank > 0;
    }

    /** Whether the send has an answer (or never happens): what a campaign waits for before it completes. */
    public boolean settled() {
        return this != PENDING && this != QUEUED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RecipientStatus> fromWire(String name) {
        for (RecipientStatus s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
