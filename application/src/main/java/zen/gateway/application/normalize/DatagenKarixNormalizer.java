package zen.gateway.application.normalize;

import static zen.gateway.application.normalize.Fields.first;
import static zen.gateway.application.normalize.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.application.normalize.Normalization.Unrecognized;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.event.Topic;
import zen.gateway.domain.ingest.InboundEnvelope;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;

/**
 * Karix RCM "WABA" webhooks, which Datagen resells unchanged: delivery reports ({@code events.eventType}
 * {@code "DELIVERY EVENTS"}), user-initiated messages ({@code "User initiated"}, {@code eventContent.message}),
 * and the flat "Karix direct" shape ({@code message_id}, {@code event_type: message_delivered}, ...), which is a
 * guess from another integrator and accepted but unconfirmed. One instance per {@link Bsp}: DATAGEN or KARIX.
 * Stateless and thread-safe.
 *
 * <p>Event ids: a delivery report is (bsp, {@code events.mid}, status word); an inbound message is (bsp, mid) or,
 * without a mid, a hash of (bsp, sender, timestamp, message content).
 */
public final class DatagenKarixNormalizer implements BspNormalizer {

    private static final StatusVocabulary STATUSES = StatusVocabulary.standard()
            .with("Not Sent", MessageStatus.FAILED)
            .with("message_sent", MessageStatus.SENT)
            .with("message_delivered", MessageStatus.DELIVERED)
            .with("message_read", MessageStatus.READ)
            .with("message_failed", MessageStatus.FAILED);
    private static final String DELIVERY_EVENTS = "DELIVERY EVENTS";
    private static final String USER_INITIATED = "User initiated";
    private static final String DIRECT_EVENT_PREFIX = "message_";

    private final Bsp bsp;
    private final Topic deliveryTopic;
    private final Topic userMessageTopic;

    public DatagenKarixNormalizer(Bsp bsp) {
        if (bsp != Bsp.DATAGEN && bsp != Bsp.KARIX) {
            throw new IllegalArgumentException("the Karix format is spoken by DATAGEN and KARIX, not " + bsp);
        }
        this.bsp = bsp;
        this.deliveryTopic = bsp.topic(BspTopics.DELIVERY);
        this.userMessageTopic = bsp.topic(BspTopics.USER_MESSAGE);
    }

    @Override
    public Normalization normalize(InboundEnvelope envelope) {
        return JsonBodies.read(envelope, root -> Batches.eachObject(root, element -> element(element, envelope.receivedAt())));
    }

    private Normalization element(JsonNode element, Instant receivedAt) {
        String eventType = Fields.string(element, "events", "eventType");
        JsonNode message = Fields.object(element, "eventContent", "message");
        if (USER_INITIATED.equalsIgnoreCase(eventType) || (eventType == null && message != null)) {
            return message == null
                    ? new Unrecognized("a user-initiated event without an eventContent.message object")
                    : inbound(element, message, receivedAt);
        }
        if (Fields.object(element, "events") != null) {
            return deliveryReport(element, eventType, receivedAt);
        }
        if (Fields.string(element, "event_type") != null || Fields.string(element, "message_id") != null) {
            return directEvent(element, receivedAt);
        }
        return new Unrecognized("neither a Karix delivery report (events), a user message (eventContent.message) "
                + "nor a Karix direct event (event_type)");
    }

    private Normalization deliveryReport(JsonNode element, String eventType, Instant receivedAt) {
        String word = Fields.first(
                Fields.string(element, "notificationAttributes", "status"),
                directEventName(eventType));
        if (word == null && !DELIVERY_EVENTS.equalsIgnoreCase(String.valueOf(eventType))) {
            return new Unrecognized("events.eventType \"" + JsonBodies.shorten(eventType) + "\" is not a known Karix event");
        }
        return statusEvent(element, new DeliveryFields(
                text(element, "events", "mid"),
                word,
                text(element, "recipient", "to"),
                text(element, "sender", "from"),
                text(element, "recipient", "reference", "project_owner_id"),
                text(element, "campaignId"),
                text(element, "notificationAttributes", "code"),
                text(element, "notificationAttributes", "reason"),
                Fields.at(element, "events", "timestamp")), receivedAt);
    }

    private Normalization directEvent(JsonNode element, Instant receivedAt) {
        String word = Fields.first(Fields.string(element, "status"), directEventName(Fields.string(element, "event_type")));
        return statusEvent(element, new DeliveryFields(
                text(element, "message_id"),
                word,
                text(element, "phone_number"),
                text(element, "data", "business_number"),
                null,
                text(element, "data", "campaign_id"),
                text(element, "data", "error_code"),
                text(element, "data", "error_message"),
                Fields.at(element, "timestamp")), receivedAt);
    }

    private static String directEventName(String eventType) {
        return eventType != null && eventType.toLowerCase(Locale.ROOT).startsWith(DIRECT_EVENT_PREFIX) ? eventType : null;
    }

    /** What a delivery report says, wherever the shape keeps it. */
    private record DeliveryFields(
            // One component per field of a delivery report.
            String mid,
            String statusWord,
            String customer,
            String business,
            String projectReference,
            String campaignId,
            String failureCode,
            String failureReason,
            JsonNode timestamp) {}

    private Normalization statusEvent(JsonNode element, DeliveryFields fields, Instant receivedAt) {
        if (fields.statusWord() == null) {
            return new Unrecognized("a delivery report without a status (notificationAttributes.status)");
        }
        Optional<MessageStatus> status = STATUSES.statusOf(fields.statusWord());
        if (status.isEmpty()) {
            return new Unrecognized("unknown delivery status \"" + JsonBodies.shorten(fields.statusWord()) + "\"");
        }
        if (fields.mid() == null) {
            return new Unrecognized("a delivery report without a message id (events.mid)");
        }
        // Karix's mid is its own 24-digit id; some accounts reportedly get the wamid there instead
        String wamid = Wamids.isWamid(fields.mid()) ? fields.mid() : null;
        Failure failure = status.get() == MessageStatus.FAILED ? Failures.of(fields.failureCode(), fields.failureReason()) : null;
        StatusEvent event = new StatusEvent(
                EventId.derive(bsp.id(), fields.mid(), StatusVocabulary.key(fields.statusWord())),
                bsp,
                deliveryTopic,
                Timestamps.parse(fields.timestamp(), receivedAt),
                wamid,
                fields.mid(),
                status.get(),
                PhoneNumbers.canonical(fields.customer()),
                PhoneNumbers.canonical(fields.business()),
                fields.projectReference(),
                fields.campaignId(),
                failure,
                text(element, "recipient", "reference", "cust_ref"));
        return new Recognized(List.of(new NormalizedEvent(event, element)));
    }

    private Normalization inbound(JsonNode element, JsonNode message, Instant receivedAt) {
        String mid = text(element, "events", "mid");
        String from = text(message, "from");
        JsonNode timestamp = Fields.at(element, "events", "timestamp");
        String type = first(text(message, "contentType"), text(message, "messageType"), text(message, "type"));
        if ("attachment".equalsIgnoreCase(type) && text(message, "attachmentType") != null) {
            type = text(message, "attachmentType");
        }
        EventId eventId = mid != null
                ? EventId.derive(bsp.id(), mid, BspTopics.USER_MESSAGE)
                : EventId.derive(bsp.id(), from, timestamp.asText(), message.toString());
        InboundMessage event = new InboundMessage(
                eventId,
                bsp,
                userMessageTopic,
                Timestamps.parse(timestamp, receivedAt),
                mid,
                PhoneNumbers.canonical(from),
                PhoneNumbers.canonical(text(message, "to")),
                null,
                text(message, "profileName"),
                Fields.lowerCase(type),
                first(
                        text(message, "text", "body"),
                        text(message, "text"),
                        text(message, "button", "text"),
                        text(message, "interactive", "button_reply", "title"),
                        text(message, "interactive", "list_reply", "title"),
                        text(message, "caption")),
                text(message, "context", "id"));
        return new Recognized(List.of(new NormalizedEvent(event, element)));
    }
}
