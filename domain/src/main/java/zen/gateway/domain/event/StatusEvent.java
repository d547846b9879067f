package zen.gateway.domain.event;

import java.time.Instant;
import java.util.Objects;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;

/** A BSP reported a status for a message the business sent. */
public record StatusEvent(
        // The attributes of a status report, one component each; normalizers build it.
        EventId eventId,
        Bsp bsp,
        Topic bspTopic,
        Instant occurredAt,
        String wamid,
        String bspMessageId,
        MessageStatus status,
        String customerNumber,
        String businessNumber,
        String projectReference,
        String campaignId,
        Failure failure) implements GatewayEvent {

    public StatusEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(bsp, "bsp");
        Objects.requireNonNull(bspTopic, "bspTopic");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(status, "status");
        if (wamid == null && bspMessageId == null) {
            throw new IllegalArgumentException("a status event needs a wamid or a BSP message id");
        }
    }

    @Override
    public Topic neutralTopic() {
        return Topic.MESSAGE_STATUS;
    }

    /** The id people look the message up by: the wamid where the BSP gave one, else the BSP's own id. */
    public String messageKey() {
        return wamid != null ? wamid : bspMessageId;
    }
}
