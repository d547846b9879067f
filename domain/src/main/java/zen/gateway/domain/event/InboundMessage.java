package zen.gateway.domain.event;

import java.time.Instant;
import java.util.Objects;

/** A customer wrote to the business: text, a button tap, media, and so on. */
public record InboundMessage(
        // The attributes of an inbound message, one component each; normalizers build it.
        EventId eventId,
        Bsp bsp,
        Topic bspTopic,
        Instant occurredAt,
        String messageId,
        String customerNumber,
        String businessNumber,
        String projectReference,
        String profileName,
        String contentType,
        String text,
        String replyTo,
        String mediaId,
        String mimeType) implements GatewayEvent {

    public InboundMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(bsp, "bsp");
        Objects.requireNonNull(bspTopic, "bspTopic");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** A message without media (or from a BSP that does not name it). */
    public InboundMessage(EventId eventId, Bsp bsp, Topic bspTopic, Instant occurredAt, String messageId, String customerNumber,
            String businessNumber, String projectReference, String profileName, String contentType, String text, String replyTo) {
        this(eventId, bsp, bspTopic, occurredAt, messageId, customerNumber, businessNumber, projectReference, profileName,
                contentType, text, replyTo, null, null);
    }

    /** The id people look the message up by: the BSP's message id (a wamid or its own), else the event id. */
    public String messageKey() {
        return messageId != null ? messageId : eventId.value();
    }

    @Override
    public Topic neutralTopic() {
        return Topic.MESSAGE_INBOUND;
    }

    @Override
    public boolean userInitiated() {
        return true;
    }
}
