package zen.gateway.adapter.outbound.mongo;

import static zen.gateway.adapter.outbound.mongo.MessageFields.BSP;
import static zen.gateway.adapter.outbound.mongo.MessageFields.BSP_MESSAGE_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.BUSINESS_NUMBER;
import static zen.gateway.adapter.outbound.mongo.MessageFields.CAMPAIGN_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.MessageFields.FAILURE_CODE;
import static zen.gateway.adapter.outbound.mongo.MessageFields.FAILURE_REASON;
import static zen.gateway.adapter.outbound.mongo.MessageFields.HISTORY_EVENT_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.HISTORY_RECEIVED_AT;
import static zen.gateway.adapter.outbound.mongo.MessageFields.HISTORY_SOURCE;
import static zen.gateway.adapter.outbound.mongo.MessageFields.HISTORY_STATUS;
import static zen.gateway.adapter.outbound.mongo.MessageFields.HISTORY_TIMESTAMP;
import static zen.gateway.adapter.outbound.mongo.MessageFields.ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.MESSAGE_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.PHONE_NUMBER;
import static zen.gateway.adapter.outbound.mongo.MessageFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.STATUS_HISTORY;
import static zen.gateway.adapter.outbound.mongo.MessageFields.UPDATED_AT;
import static zen.gateway.adapter.outbound.mongo.MessageFields.WAMID;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageLifecycle;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;
import zen.gateway.domain.message.TrackedMessage;

/**
 * {@link TrackedMessage} from a {@code unified_message_tracking} document, and the history entries written into
 * one. The current status is derived from the first-seen times ({@code sent_at}, ...), as the domain rebuilds
 * it, never read from {@code current_status}.
 */
final class MessageMapper {

    private MessageMapper() {}

    static Document historyEntry(StatusObservation observation) {
        return new Document(HISTORY_STATUS, observation.status().wireName())
                .append(HISTORY_SOURCE, observation.source())
                .append(HISTORY_TIMESTAMP, BsonTime.date(observation.occurredAt()))
                .append(HISTORY_RECEIVED_AT, BsonTime.date(observation.receivedAt()))
                .append(HISTORY_EVENT_ID, observation.eventId());
    }

    static TrackedMessage toMessage(Document document) {
        MessageDetails details = new MessageDetails(
                document.getString(WAMID),
                document.getString(BSP),
                document.getString(BSP_MESSAGE_ID),
                document.getString(PHONE_NUMBER),
                document.getString(BUSINESS_NUMBER),
                document.getString(PROJECT_OWNER_ID),
                document.getString(CAMPAIGN_ID));
        List<StatusObservation> history =
                document.getList(STATUS_HISTORY, Document.class, List.of()).stream().map(MessageMapper::toObservation).toList();
        return new TrackedMessage(
                messageIdOf(document),
                details,
                MessageLifecycle.restore(firstSeenTimes(document)),
                history,
                failureOf(document),
                BsonTime.instant(document.get(CREATED_AT)),
                BsonTime.instant(document.get(UPDATED_AT)));
    }

    /** Documents this store writes carry the id twice; older ones may have only {@code message_id}. */
    private static String messageIdOf(Document document) {
        String messageId = document.getString(MESSAGE_ID);
        return messageId != null ? messageId : String.valueOf(document.get(ID));
    }

    private static Map<MessageStatus, Instant> firstSeenTimes(Document document) {
        Map<MessageStatus, Instant> firstSeen = new EnumMap<>(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            Instant at = BsonTime.instant(document.get(MessageFields.firstSeenAt(status)));
            if (at != null) {
                firstSeen.put(status, at);
            }
        }
        return firstSeen;
    }

    /** An entry written before entries carried their event id has the identity of its source, status and time. */
    private static StatusObservation toObservation(Document entry) {
        String wire = entry.getString(HISTORY_STATUS);
        MessageStatus status = MessageStatus.fromWireName(wire)
                .orElseThrow(() -> new IllegalStateException("unknown status in history: " + wire));
        String source = entry.getString(HISTORY_SOURCE);
        Instant occurredAt = BsonTime.instant(entry.get(HISTORY_TIMESTAMP));
        String eventId = entry.getString(HISTORY_EVENT_ID);
        return new StatusObservation(status, source, occurredAt, BsonTime.instant(entry.get(HISTORY_RECEIVED_AT)),
                eventId != null ? eventId : StatusObservation.identityOf(status, source, occurredAt));
    }

    private static Failure failureOf(Document document) {
        String code = Objects.toString(document.get(FAILURE_CODE), null);
        String reason = document.getString(FAILURE_REASON);
        return code == null && reason == null ? null : new Failure(code, reason);
    }
}
