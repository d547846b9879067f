package zen.gateway.domain.message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One status reported for a message: what the BSP said ({@code status}), which BSP said it ({@code source}),
 * when the BSP says it happened ({@code occurredAt}), when the gateway heard of it ({@code receivedAt}), and the
 * report's identity ({@code eventId}): the history keeps a report once however often it arrives, so a BSP's retry,
 * a repeat after a restart or on another node, or a batch replayed from the broker adds nothing.
 */
public record StatusObservation(MessageStatus status, String source, Instant occurredAt, Instant receivedAt, String eventId) {

    public StatusObservation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(eventId, "eventId");
    }

    /**
     * A report whose source gives it no identity of its own: it is the same report when the same source says the
     * same status happened at the same time.
     */
    public StatusObservation(MessageStatus status, String source, Instant occurredAt, Instant receivedAt) {
        this(status, source, occurredAt, receivedAt, identityOf(status, source, occurredAt));
    }

    /** The identity of a report that has none of its own: a name-based UUID of its source, status and time. */
    public static String identityOf(MessageStatus status, String source, Instant occurredAt) {
        String name = source + '\u001f' + status.wireName() + '\u001f' + occurredAt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Whether this is the same report as {@code other}, whenever each arrived. */
    public boolean sameReportAs(StatusObservation other) {
        return eventId.equals(other.eventId);
    }
}
