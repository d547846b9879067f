package zen.gateway.application.campaigns;

import java.util.Optional;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.tracking.MessageReads;
import zen.gateway.domain.campaign.RecipientStatus;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.send.SendState;

/**
 * Moves recipients with their messages: from the send worker's answer (by our message id) and from status webhooks
 * (by the wamid, or the BSP's id where a provider gives no wamid). The recipient keeps whichever of the two ids the
 * send got, so a webhook finds it in one indexed update. A webhook that came before the send's answer is caught up
 * from the tracked message when the answer comes. Thread-safe.
 */
public final class RecipientProgress {

    private final RecipientStore recipients;
    private final MessageReads messages;

    public RecipientProgress(RecipientStore recipients, MessageReads messages) {
        this.recipients = recipients;
        this.messages = messages;
    }

    /** The send's state as it now stands (a campaign's send: one with a campaign id). */
    public void settled(SendRecord send) {
        if (send.campaignId() == null) {
            return;
        }
        Optional<RecipientStatus> status = of(send.state());
        if (status.isEmpty()) {
            return;
        }
        String key = send.wamid() != null ? send.wamid() : send.bspMessageId();
        recipients.advance(send.messageId(), status.get(), key);
        if (key != null) {
            messages.find(key).ifPresent(m -> recipients.advance(send.messageId(), of(m.currentStatus()), null));
        }
    }

    /** A status webhook for the message with this wamid (or BSP id). */
    public void reported(String key, MessageStatus status) {
        if (key != null) {
            recipients.advanceByWamid(key, of(status));
        }
    }

    static Optional<RecipientStatus> of(SendState state) {
        return switch (state) {
            case ACCEPTED -> Optional.of(RecipientStatus.ACCEPTED);
            case UNKNOWN -> Optional.of(RecipientStatus.UNKNOWN);
            case FAILED -> Optional.of(RecipientStatus.FAILED);
            case QUEUED, SENDING -> Optional.empty();
        };
    }

    static RecipientStatus of(MessageStatus status) {
        return switch (status) {
            case ACCEPTED -> RecipientStatus.ACCEPTED;
            case SENT -> RecipientStatus.SENT;
            case FAILED -> RecipientStatus.FAILED;
            case DELIVERED -> RecipientStatus.DELIVERED;
            case READ -> RecipientStatus.READ;
        };
    }
}
