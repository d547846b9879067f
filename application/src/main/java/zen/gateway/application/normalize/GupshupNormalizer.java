package zen.gateway.application.normalize;

import static zen.gateway.application.normalize.Fields.first;
import static zen.gateway.application.normalize.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
 * Gupshup WhatsApp callbacks in both formats. v2 ({@code {app, timestamp, version, type, payload}}):
 * {@code message-event} statuses on {@code gupshup.delivery}, {@code message} inbound on
 * {@code gupshup.user_message}, {@code user-event} (opt-in/out) notices on {@code gupshup.user_event}, the
 * {@code platform-event} connectivity check with no event, and any other type a notice on {@code gupshup.<type>}.
 * v3 is Meta's shape with Gupshup's additions and goes through the Cloud API reader. Stateless and thread-safe.
 *
 * <p>Event ids: a status is (bsp, {@code gsId} or else {@code id}, status word), as Gupshup's own adapters key them;
 * an inbound message (bsp, its id); a user event (bsp, type, phone, timestamp).
 *
 * <p>A message-event type that is no status ({@code deleted}, {@code mismatch}, and whatever Gupshup adds; their
 * docs say never to fail on one) is a notice on {@code gupshup.delivery}.
 */
public final class GupshupNormalizer implements BspNormalizer {

    private static final Bsp BSP = Bsp.GUPSHUP;
    private static final StatusVocabulary STATUSES = StatusVocabulary.standard().with("enqueued", MessageStatus.ACCEPTED);
    private static final Topic DELIVERY = BSP.topic(BspTopics.DELIVERY);
    private static final Topic USER_MESSAGE = BSP.topic(BspTopics.USER_MESSAGE);

    private final CloudApiReader v3 = new CloudApiReader(CloudApiDialect.GUPSHUP_V3);

    @Override
    public Normalization normalize(InboundEnvelope envelope) {
        return JsonBodies.read(envelope, root -> Batches.eachObject(root, element -> element(element, envelope.receivedAt())));
    }

    private Normalization element(JsonNode element, Instant receivedAt) {
        if (CloudApiReader.looksLikeCloudApi(element)) {
            return v3.read(element, receivedAt);
        }
        String type = Fields.string(element, "type");
        if (type == null) {
            return new Unrecognized("neither a Gupshup v2 callback (no type) nor a v3 one (no entry)");
        }
        if ("platform-event".equals(type)) {
            // Gupshup's connectivity check: it only wants a 2xx, there is nothing to process or forward
            return new Recognized(List.of());
        }
        JsonNode payload = Fields.object(element, "payload");
        if (payload == null) {
            return new Unrecognized("a Gupshup " + JsonBodies.shorten(type) + " callback without a payload object");
        }
        Callback callback = new Callback(element, payload, receivedAt);
        return switch (type) {
            case "message-event" -> messageEvent(callback);
            case "message" -> inbound(callback);
            case "user-event" -> userEvent(callback);
            default -> otherEvent(callback, type);
        };
    }

    /** One v2 callback and what all its events share. */
    private record Callback(JsonNode body, JsonNode payload, Instant receivedAt) {

        /** Gupshup sends its own callback time in milliseconds. */
        Instant sentAt() {
            return Timestamps.parse(Fields.at(body, "timestamp"), receivedAt);
        }

        /** The optional top-level {@code phone}, else the app name, which the operator maps to a number. */
        String business() {
            return first(PhoneNumbers.canonical(text(body, "phone")), text(body, "app"));
        }
    }

    private Normalization messageEvent(Callback callback) {
        JsonNode payload = callback.payload();
        String gsId = text(payload, "gsId");
        String id = text(payload, "id");
        String gupshupId = first(gsId, id);
        if (gupshupId == null) {
            return new Unrecognized("a message-event without an id or gsId");
        }
        String word = text(payload, "type");
        if (word == null) {
            return new Unrecognized("a message-event without a payload.type");
        }
        Optional<MessageStatus> status = STATUSES.statusOf(word);
        if (status.isEmpty()) {
            return notice(callback, DELIVERY, EventId.derive(BSP.id(), gupshupId, StatusVocabulary.key(word)),
                    StatusVocabulary.key(word) + " " + gupshupId);
        }
        Failure failure = status.get() == MessageStatus.FAILED
                ? Failures.of(text(payload, "payload", "code"), text(payload, "payload", "reason"))
                : null;
        StatusEvent event = new StatusEvent(
                EventId.derive(BSP.id(), gupshupId, StatusVocabulary.key(word)),
                BSP,
                DELIVERY,
                // WhatsApp's own time (seconds) where Gupshup passes it on, else Gupshup's callback time
                Timestamps.parse(Fields.at(payload, "payload", "ts"), callback.sentAt()),
                wamidOf(id, text(payload, "payload", "whatsappMessageId")),
                gupshupId,
                status.get(),
                first(PhoneNumbers.canonical(text(payload, "destination")), text(payload, "userId")),
                callback.business(),
                null,
                null,
                failure);
        return new Recognized(List.of(new NormalizedEvent(event, callback.body())));
    }

    /**
     * Gupshup's docs disagree on which field holds the wamid (documented: {@code id} on DLRs, {@code whatsappMessageId}
     * on enqueued; newer examples show UUIDs in both), so only a value that looks like one is taken.
     */
    private static String wamidOf(String... candidates) {
        for (String candidate : candidates) {
            if (Wamids.isWamid(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private Normalization inbound(Callback callback) {
        JsonNode payload = callback.payload();
        String id = text(payload, "id");
        String source = first(text(payload, "source"), text(payload, "sender", "phone"));
        String type = Fields.lowerCase(text(payload, "type"));
        EventId eventId = id != null
                ? EventId.derive(BSP.id(), id, BspTopics.USER_MESSAGE)
                : EventId.derive(BSP.id(), source, text(callback.body(), "timestamp"), payload.toString());
        InboundMessage event = new InboundMessage(
                eventId,
                BSP,
                USER_MESSAGE,
                callback.sentAt(),
                id,
                first(PhoneNumbers.canonical(source, text(payload, "sender", "country_code")),
                        text(payload, "sender", "userId"), text(payload, "userId")),
                callback.business(),
                null,
                text(payload, "sender", "name"),
                type,
                textOf(payload.path("payload")),
                text(payload, "context", "id"));
        return new Recognized(List.of(new NormalizedEvent(event, callback.body())));
    }

    /** What a person would read: the text, the reply's title, a caption, a place. */
    private static String textOf(JsonNode content) {
        return first(
                text(content, "text"),
                text(content, "title"),
                text(content, "caption"),
                text(content, "name"),
                text(content, "address"),
                Fields.elements(content, "contacts").stream()
                        .map(contact -> text(contact, "name", "formatted_name"))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null));
    }

    private Normalization userEvent(Callback callback) {
        String type = text(callback.payload(), "type");
        String phone = text(callback.payload(), "phone");
        EventId eventId = EventId.derive(BSP.id(), "user-event", type, phone, text(callback.body(), "timestamp"));
        String customer = PhoneNumbers.canonical(phone);
        String subject = type == null ? customer : customer == null ? type : type + " " + customer;
        return notice(callback, BSP.topic("user_event"), eventId, subject);
    }

    private Normalization otherEvent(Callback callback, String type) {
        EventId eventId = EventId.derive(BSP.id(), type, text(callback.body(), "timestamp"), callback.payload().toString());
        String subject = first(text(callback.payload(), "type"), text(callback.payload(), "id"));
        return notice(callback, BspTopics.of(BSP, type.toLowerCase(Locale.ROOT)), eventId, subject);
    }

    private Normalization notice(Callback callback, Topic topic, EventId eventId, String subject) {
        BspNotice event = new BspNotice(eventId, BSP, topic, callback.sentAt(), callback.business(), null, subject);
        return new Recognized(List.of(new NormalizedEvent(event, callback.body())));
    }
}
