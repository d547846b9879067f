package zen.gateway.application.normalize;

import static zen.gateway.application.normalize.Fields.first;
import static zen.gateway.application.normalize.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.application.normalize.Normalization.Unrecognized;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.BspNotice;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.event.Topic;
import zen.gateway.domain.ingest.InboundEnvelope;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;

/**
 * AiSensy Project API notifications: {@code {id, created_at, topic, project_id, delivery_attempt, data}}. The topic
 * names the event and becomes {@code aisensy.<topic>}: {@code message.status.updated} is a status,
 * {@code message.sender.user} an inbound message, {@code message.created} an inbound message when the user sent
 * it and otherwise a notice (an echo of the business's own message); every other topic is a notice. Stateless and
 * thread-safe.
 *
 * <p>Event ids: the notification {@code id} with the topic (AiSensy keeps the id across retries); without an id,
 * a hash of the topic and the message id and status.
 *
 * <p>Some AiSensy accounts forward Meta's own payload ({@code object: whatsapp_business_account}); it is read as
 * Meta's, with statuses on {@code aisensy.message.status.updated} and messages on {@code aisensy.message.sender.user}.
 *
 * <p>AiSensy puts no business number in the payload: the business is {@code context.from} where a reply carries
 * it, else the {@code project_id}, which the operator maps to a project.
 */
public final class AiSensyNormalizer implements BspNormalizer {

    static final String STATUS_UPDATED = "message.status.updated";
    static final String SENDER_USER = "message.sender.user";
    static final String MESSAGE_CREATED = "message.created";
    private static final String USER = "USER";
    private static final Bsp BSP = Bsp.AISENSY;
    private static final StatusVocabulary STATUSES = StatusVocabulary.standard();

    private final CloudApiReader forwardedCloudApi = new CloudApiReader(CloudApiDialect.AISENSY);

    @Override
    public Normalization normalize(InboundEnvelope envelope) {
        return JsonBodies.read(envelope, root -> Batches.eachObject(root, element -> element(element, envelope.receivedAt())));
    }

    private Normalization element(JsonNode element, Instant receivedAt) {
        if (CloudApiReader.looksLikeCloudApi(element)) {
            return forwardedCloudApi.read(element, receivedAt);
        }
        String rawTopic = Fields.string(element, "topic");
        if (rawTopic == null) {
            return new Unrecognized("no topic string: not an AiSensy notification");
        }
        String kind = BspTopics.sanitize(rawTopic);
        Notification notification = new Notification(element, kind, BspTopics.of(BSP, kind), receivedAt);
        return switch (kind) {
            case STATUS_UPDATED -> status(notification);
            case SENDER_USER -> inbound(notification);
            case MESSAGE_CREATED -> USER.equalsIgnoreCase(text(element, "data", "message", "sender"))
                    ? inbound(notification)
                    : notice(notification);
            default -> notice(notification);
        };
    }

    /** One notification and what every event made from it shares. */
    private record Notification(JsonNode body, String kind, Topic topic, Instant receivedAt) {

        JsonNode message() {
            return Fields.object(body, "data", "message");
        }

        String id() {
            return text(body, "id");
        }

        String projectId() {
            return first(text(body, "project_id"), text(body, "data", "message", "project_id"));
        }

        Instant createdAt() {
            return Timestamps.parse(Fields.at(body, "created_at"), receivedAt);
        }

        /** A reply carries the business number in {@code context.from}; otherwise the project stands for it. */
        String business() {
            String contextFrom = text(body, "data", "message", "context", "from");
            return contextFrom != null ? PhoneNumbers.canonical(contextFrom) : projectId();
        }

        EventId eventId(String... fallbackParts) {
            String id = id();
            if (id != null) {
                return EventId.derive(BSP.id(), id, kind);
            }
            String[] parts = new String[fallbackParts.length + 2];
            parts[0] = BSP.id();
            parts[1] = kind;
            System.arraycopy(fallbackParts, 0, parts, 2, fallbackParts.length);
            return EventId.derive(parts);
        }
    }

    private Normalization status(Notification notification) {
        JsonNode message = notification.message();
        if (message == null) {
            return new Unrecognized(notification.kind() + " without a data.message object");
        }
        String wamid = text(message, "messageId");
        String aisensyId = text(message, "id");
        if (wamid == null && aisensyId == null) {
            return new Unrecognized(notification.kind() + " without a message id (data.message.messageId or id)");
        }
        String word = text(message, "status");
        Optional<MessageStatus> status = STATUSES.statusOf(word);
        if (status.isEmpty()) {
            return new Unrecognized("unknown message status \"" + JsonBodies.shorten(word) + "\"");
        }
        Failure failure = status.get() == MessageStatus.FAILED
                ? Failures.of(text(message, "failureResponse", "code"), text(message, "failureResponse", "reason"))
                : null;
        StatusEvent event = new StatusEvent(
                notification.eventId(first(wamid, aisensyId), StatusVocabulary.key(word)),
                BSP,
                notification.topic(),
                Timestamps.parse(Fields.at(message, timeFieldOf(status.get())), notification.createdAt()),
                wamid,
                aisensyId,
                status.get(),
                PhoneNumbers.canonical(text(message, "phone_number"), text(message, "countryCode")),
                notification.business(),
                null,
                text(message, "campaign", "_id"),
                failure);
        return new Recognized(List.of(new NormalizedEvent(event, notification.body())));
    }

    /** AiSensy stamps each status in its own field; {@code "0"} there means "not yet", and then created_at is used. */
    private static String timeFieldOf(MessageStatus status) {
        return switch (status) {
            case ACCEPTED, SENT -> "sent_at";
            case DELIVERED -> "delivered_at";
            case READ -> "read_at";
            case FAILED -> "failed_at";
        };
    }

    private Normalization inbound(Notification notification) {
        JsonNode message = notification.message();
        if (message == null) {
            return new Unrecognized(notification.kind() + " without a data.message object");
        }
        String messageId = first(text(message, "messageId"), text(message, "id"));
        String phone = text(message, "phone_number");
        JsonNode sentAt = Fields.at(message, "sent_at");
        InboundMessage event = new InboundMessage(
                notification.eventId(messageId, messageId == null ? phone : null,
                        messageId == null ? sentAt.asText() : null, messageId == null ? message.toString() : null),
                BSP,
                notification.topic(),
                Timestamps.parse(sentAt, notification.createdAt()),
                messageId,
                PhoneNumbers.canonical(phone, text(message, "countryCode")),
                notification.business(),
                null,
                text(message, "userName"),
                Fields.lowerCase(text(message, "message_type")),
                first(
                        text(message, "message_content", "text"),
                        text(message, "message_content", "caption"),
                        text(message, "message_content", "name"),
                        text(message, "message_content", "address"),
                        firstContactName(message)),
                text(message, "context", "id"));
        return new Recognized(List.of(new NormalizedEvent(event, notification.body())));
    }

    private static String firstContactName(JsonNode message) {
        return Fields.elements(message, "message_content", "contacts").stream()
                .map(contact -> text(contact, "name", "formatted_name"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private Normalization notice(Notification notification) {
        JsonNode data = Fields.at(notification.body(), "data");
        BspNotice event = new BspNotice(
                notification.eventId(Fields.at(notification.body(), "created_at").asText(), data.toString()),
                BSP,
                notification.topic(),
                notification.createdAt(),
                notification.business(),
                null,
                subjectOf(data));
        return new Recognized(List.of(new NormalizedEvent(event, notification.body())));
    }

    /** What the notice is about, as far as the payload says: a message, a contact, a template. */
    private static String subjectOf(JsonNode data) {
        return first(
                text(data, "message", "messageId"),
                text(data, "message", "id"),
                PhoneNumbers.canonical(text(data, "contact", "phone_number"), text(data, "contact", "countryCode")),
                text(data, "contact", "id"),
                text(data, "template", "name"),
                text(data, "name"),
                text(data, "id"));
    }
}
