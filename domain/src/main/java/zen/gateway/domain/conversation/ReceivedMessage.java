package zen.gateway.domain.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * An inbound message as the gateway keeps it: what the customer sent (the text or caption, the media's id and type,
 * never the media itself), whom to, and the message it answers. {@code id} is the wamid, or the BSP's own id where it
 * gave no wamid, or the event id where it gave neither; {@code projectOwnerId} is null while no project claims the
 * business number. Immutable.
 */
public record ReceivedMessage(
        // The attributes of a kept inbound message, one component each.
        String id,
        String bsp,
        String projectOwnerId,
        String customerNumber,
        String businessNumber,
        String profileName,
        String type,
        String text,
        String mediaId,
        String mimeType,
        String replyTo,
        Instant occurredAt,
        Instant receivedAt) {

    public ReceivedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bsp, "bsp");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
