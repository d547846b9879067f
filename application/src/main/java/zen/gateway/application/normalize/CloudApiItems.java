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
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;

/**
 * One Cloud API {@code statuses[]} or {@code messages[]} item as an event.
 *
 * <p>Event ids: a status is (bsp, message id, status word), the pair Meta tells receivers to deduplicate on; the
 * timestamp is left out because a retry repeats it anyway and two deliveries of one status are one event. For
 * Gupshup v3 the message id is {@code gs_id}, falling back to {@code id}. A message is (bsp, its id), or without an
 * id a hash of sender, timestamp and content.
 */
final class CloudApiItems {

    private final CloudApiDialect dialect;

    CloudApiItems(CloudApiDialect dialect) {
        this.dialect = dialect;
    }

    Normalization status(CloudApiChange change, JsonNode status, Instant receivedAt) {
        String word = text(status, "status");
        Optional<MessageStatus> mapped = dialect.statuses().statusOf(word);
        if (mapped.isEmpty()) {
            return new Unrecognized(word == null ? "a status without a status word" : "unknown status \"" + JsonBodies.shorten(word) + "\"");
        }
        MessageIds ids = dialect.gupshupV3() ? gupshupIds(status) : new MessageIds(text(status, "id"), null, text(status, "id"));
        if (ids.dedupKey() == null) {
            return new Unrecognized("a status without a message id");
        }
        Failure failure = mapped.get() == MessageStatus.FAILED ? firstError(status) : null;
        StatusEvent event = new StatusEvent(
                EventId.derive(dialect.bsp().id(), ids.dedupKey(), StatusVocabulary.key(word)),
                dialect.bsp(),
                dialect.statusTopic(),
                Timestamps.parse(Fields.at(status, "timestamp"), receivedAt),
                ids.wamid(),
                ids.bspMessageId(),
                mapped.get(),
                recipientOf(status),
                change.businessNumber(),
                null,
                null,
                failure,
                text(status, "biz_opaque_callback_data"));
        return new Recognized(List.of(new NormalizedEvent(event, change.cutDownTo("statuses", status))));
    }

    /** Which id is which: the docs of Gupshup v3 disagree, so a wamid is recognised by its prefix. */
    private record MessageIds(String wamid, String bspMessageId, String dedupKey) {}

    private static MessageIds gupshupIds(JsonNode status) {
        String id = text(status, "id");
        String gsId = text(status, "gs_id");
        boolean idIsWamid = Wamids.isWamid(id);
        String wamid = first(text(status, "meta_msg_id"), idIsWamid ? id : null);
        return new MessageIds(wamid, first(gsId, idIsWamid ? null : id), first(gsId, id));
    }

    /** The customer: a phone number, a group participant, or only a business-scoped user id (2026 usernames). */
    private static String recipientOf(JsonNode status) {
        if ("group".equals(text(status, "recipient_type"))) {
            return first(PhoneNumbers.canonical(text(status, "recipient_participant_id")), text(status, "recipient_id"));
        }
        return first(PhoneNumbers.canonical(text(status, "recipient_id")), text(status, "recipient_user_id"));
    }

    private static Failure firstError(JsonNode status) {
        return Fields.elements(status, "errors").stream()
                .map(error -> Failures.of(text(error, "code"),
                        first(text(error, "title"), text(error, "message"), text(error, "error_data", "details"))))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    Normalization message(CloudApiChange change, JsonNode message, Instant receivedAt) {
        String id = text(message, "id");
        String from = text(message, "from");
        String userId = text(message, "from_user_id");
        JsonNode contact = contactOf(change.value(), from, userId);
        JsonNode timestamp = Fields.at(message, "timestamp");
        String type = Fields.lowerCase(text(message, "type"));
        EventId eventId = id != null
                ? EventId.derive(dialect.bsp().id(), id, BspTopics.USER_MESSAGE)
                : EventId.derive(dialect.bsp().id(), first(from, userId), timestamp.asText(), message.toString());
        InboundMessage event = new InboundMessage(
                eventId,
                dialect.bsp(),
                dialect.messageTopic(),
                Timestamps.parse(timestamp, receivedAt),
                id,
                first(PhoneNumbers.canonical(from), userId, text(contact, "user_id")),
                change.businessNumber(),
                null,
                text(contact, "profile", "name"),
                type,
                textOf(message, type),
                text(message, "context", "id"));
        return new Recognized(List.of(new NormalizedEvent(event, change.cutDownTo("messages", message))));
    }

    /** The contact entry for this sender; with a single contact, that one. */
    private static JsonNode contactOf(JsonNode value, String from, String userId) {
        List<JsonNode> contacts = Fields.elements(value, "contacts");
        for (JsonNode contact : contacts) {
            String waId = text(contact, "wa_id");
            String contactUserId = text(contact, "user_id");
            if ((waId != null && waId.equals(from)) || (contactUserId != null && contactUserId.equals(userId))) {
                return contact;
            }
        }
        return contacts.size() == 1 ? contacts.get(0) : null;
    }

    /** What a person would read as the message: the text, the tapped button, the caption, and so on. */
    private static String textOf(JsonNode message, String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "text" -> text(message, "text", "body");
            case "button" -> first(text(message, "button", "text"), text(message, "button", "payload"));
            case "interactive" -> first(
                    text(message, "interactive", "button_reply", "title"),
                    text(message, "interactive", "list_reply", "title"),
                    text(message, "interactive", "nfm_reply", "body"));
            case "reaction" -> text(message, "reaction", "emoji");
            case "location" -> first(text(message, "location", "name"), text(message, "location", "address"));
            case "system" -> text(message, "system", "body");
            case "order" -> text(message, "order", "text");
            case "contacts" -> Fields.elements(message, "contacts").stream()
                    .map(contact -> text(contact, "name", "formatted_name"))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            default -> text(message, type, "caption");
        };
    }
}
