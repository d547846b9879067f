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
        Failure failure,
        // the gateway's own message id, where the BSP echoes what a send gave it (Meta and 360dialog
        // biz_opaque_callback_data, Karix cust_ref, Twilio a parameter of the status callback URL); else null
        String echo) implements GatewayEvent {

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

    /** A status that echoes nothing back. */
    public StatusEvent(EventId eventId, Bsp bsp, Topic bspTopic, Instant occurredAt, String wamid, String bspMessageId,
            MessageStatus status, String customerNumber, String businessNumber, String projectReference, String campaignId,
            Failure failure) {
        this(eventId, bsp, bspTopic, occurredAt, wamid, bspMessageId, status, customerNumber, businessNumber,
                projectReference, campaignId, failure, null);
    }

    /**
     * {@code message.status}, except for the gateway's own send events ({@code message.queued},
     * {@code message.accepted}, {@code message.failed}), whose topic is neutral already: a subscription to
     * {@code message.status} keeps getting what BSPs report, and no send event twice.
     */
    @Override
    public Topic neutralTopic() {
        return bspTopic.value().startsWith("message.") ? bspTopic : Topic.MESSAGE_STATUS;
    }

    /** The id people look the message up by: the wamid where the BSP gave one, else the BSP's own id. */
    public String messageKey() {
        return wamid != null ? wamid : bspMessageId;
    }
}
