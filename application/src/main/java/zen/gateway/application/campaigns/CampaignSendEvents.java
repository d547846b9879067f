package zen.gateway.application.campaigns;

import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.send.SendEvents;

/** The send worker's answers, also moving the campaign recipients they belong to. Thread-safe. */
public final class CampaignSendEvents implements SendEvents {

    private final SendEvents next;
    private final RecipientProgress progress;

    public CampaignSendEvents(SendEvents next, RecipientProgress progress) {
        this.next = next;
        this.progress = progress;
    }

    @Override
    public void queued(SendRecord send) {
        next.queued(send);
    }

    @Override
    public void settled(SendRecord send) {
        next.settled(send);
        progress.settled(send);
    }
}
