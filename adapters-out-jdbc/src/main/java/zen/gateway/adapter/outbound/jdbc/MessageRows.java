package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageLifecycle;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;
import zen.gateway.domain.message.TrackedMessage;

/** How a {@link TrackedMessage} maps to {@code unified_message_tracking} and {@code message_status_history}. */
final class MessageRows {

    static final String COLUMNS = "message_id, wamid, bsp, bsp_message_id, phone_number, business_number, "
            + "project_owner_id, campaign_id, accepted_at, sent_at, failed_at, delivered_at, read_at, "
            + "failure_code, failure_reason, created_at, updated_at";

    private MessageRows() {}

    /** The column holding the time a status was first seen: {@code delivered_at}. */
    static String firstSeenColumn(MessageStatus status) {
        return status.name().toLowerCase(Locale.ROOT) + "_at";
    }

    /** A message row without its history. */
    record Row(
            // One component per column read.
            String messageId, MessageDetails details, Map<MessageStatus, Instant> firstSeen, Failure failure,
            Instant createdAt, Instant updatedAt) {

        TrackedMessage withHistory(List<StatusObservation> history) {
            return new TrackedMessage(messageId, details, MessageLifecycle.restore(firstSeen), history, failure,
                    createdAt, updatedAt);
        }
    }

    static Row row(ResultSet rs) throws SQLException {
        MessageDetails details = new MessageDetails(rs.getString("wamid"), rs.getString("bsp"),
                rs.getString("bsp_message_id"), rs.getString("phone_number"), rs.getString("business_number"),
                rs.getString("project_owner_id"), rs.getString("campaign_id"));
        Map<MessageStatus, Instant> firstSeen = new EnumMap<>(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            Instant at = instant(rs, firstSeenColumn(status));
            if (at != null) {
                firstSeen.put(status, at);
            }
        }
        String code = rs.getString("failure_code");
        String reason = rs.getString("failure_reason");
        Failure failure = code == null && reason == null ? null : new Failure(code, reason);
        return new Row(rs.getString("message_id"), details, firstSeen, failure,
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private record HistoryRow(String messageId, StatusObservation observation) {}

    /** The messages of the rows, in the rows' order, each with its history. */
    static List<TrackedMessage> withHistories(Handle handle, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<StatusObservation>> histories = new HashMap<>();
        handle.createQuery("SELECT message_id, status, source, occurred_at, received_at, event_id FROM message_status_history "
                        + "WHERE message_id IN (<ids>)")
                .bindList("ids", rows.stream().map(Row::messageId).toList())
                .map((rs, ctx) -> new HistoryRow(rs.getString("message_id"), observation(rs)))
                .forEach(h -> histories.computeIfAbsent(h.messageId(), id -> new ArrayList<>()).add(h.observation()));
        return rows.stream().map(r -> r.withHistory(histories.getOrDefault(r.messageId(), List.of()))).toList();
    }

    /** A history row; one written before rows carried their event id has the identity of its source, status and time. */
    private static StatusObservation observation(ResultSet rs) throws SQLException {
        MessageStatus status = MessageStatus.valueOf(rs.getString("status"));
        String source = rs.getString("source");
        Instant occurredAt = instant(rs, "occurred_at");
        String eventId = rs.getString("event_id");
        return new StatusObservation(status, source, occurredAt, instant(rs, "received_at"),
                eventId != null ? eventId : StatusObservation.identityOf(status, source, occurredAt));
    }
}
