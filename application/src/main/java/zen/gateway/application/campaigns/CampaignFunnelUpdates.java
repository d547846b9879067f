package zen.gateway.application.campaigns;

import java.util.List;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.application.port.outbound.tracking.MessageUpdates;

/**
 * The tracking path's writes, also moving campaign recipients: every status webhook applied to a message is applied
 * to the recipient whose message it is (if any), after the message itself, so a crash in between is repaired when
 * the batch is processed again. Thread-safe.
 */
public final class CampaignFunnelUpdates implements MessageUpdates {

    private final MessageUpdates next;
    private final RecipientProgress progress;

    public CampaignFunnelUpdates(MessageUpdates next, RecipientProgress progress) {
        this.next = next;
        this.progress = progress;
    }

    @Override
    public void apply(List<MessageUpdate> updates) {
        next.apply(updates);
        for (MessageUpdate update : updates) {
            String key = update.details().wamid() != null ? update.details().wamid() : update.details().bspMessageId();
            progress.reported(key, update.observation().status());
        }
    }
}
