package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;

/**
 * A tracked (outbound) message as the API shows it, in the field names of the existing {@code unified_message_tracking},
 * with its direction beside the inbound ones' ({@link InboundMessageView}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record MessageView(
        // One component per field of the JSON answer.
        String direction,
        String messageId,
        String wamid,
        String bsp,
        String bspMessageId,
        String phoneNumber,
        String businessNumber,
        String projectOwnerId,
        String campaignId,
        String currentStatus,
        List<HistoryEntry> statusHistory,
        Instant acceptedAt,
        Instant sentAt,
        Instant deliveredAt,
        Instant readAt,
        Instant failedAt,
        FailureView failure,
        Instant createdAt,
        Instant updatedAt) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record HistoryEntry(String status, String source, Instant timestamp, Instant receivedAt) {}

    record FailureView(String code, String reason) {}

    static MessageView of(TrackedMessage m) {
        var times = m.lifecycle();
        return new MessageView("outbound", m.messageId(), m.details().wamid(), m.details().bsp(), m.details().bspMessageId(),
                m.details().phoneNumber(), m.details().businessNumber(), m.details().projectOwnerId(), m.details().campaignId(),
                m.currentStatus().wireName(),
                m.history().stream().map(h -> new HistoryEntry(h.status().wireName(), h.source(), h.occurredAt(), h.receivedAt())).toList(),
                times.firstSeen(MessageStatus.ACCEPTED).orElse(null),
                times.firstSeen(MessageStatus.SENT).orElse(null),
                times.firstSeen(MessageStatus.DELIVERED).orElse(null),
                times.firstSeen(MessageStatus.READ).orElse(null),
                times.firstSeen(MessageStatus.FAILED).orElse(null),
                m.failureReason().map(f -> new FailureView(f.code(), f.reason())).orElse(null),
                m.createdAt(), m.updatedAt());
    }
}
