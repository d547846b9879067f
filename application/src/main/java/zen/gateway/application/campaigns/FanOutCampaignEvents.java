package zen.gateway.application.campaigns;

import java.util.List;
import zen.gateway.application.forwarding.DeliveryPlanner;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignFunnel;
import zen.gateway.domain.campaign.CampaignStatus;
import zen.gateway.domain.event.CampaignMoved;
import zen.gateway.domain.event.Topic;

/**
 * {@code campaign.started}, {@code campaign.completed} and {@code campaign.cancelled} fanned out to the project's
 * subscribed endpoints, {@code data} the campaign with its counts as {@code GET /api/v1/campaigns/{id}} shows it
 * then. A pause or a resume makes no event. Thread-safe.
 */
public final class FanOutCampaignEvents implements CampaignEvents {

    private static final System.Logger LOG = System.getLogger(FanOutCampaignEvents.class.getName());

    private final DeliveryPlanner planner;
    private final CampaignStore campaigns;
    private final RecipientStore recipients;

    public FanOutCampaignEvents(DeliveryPlanner planner, CampaignStore campaigns, RecipientStore recipients) {
        this.planner = planner;
        this.campaigns = campaigns;
        this.recipients = recipients;
    }

    @Override
    public void moved(Campaign campaign, CampaignStatus from) {
        CampaignMoved.topicOf(from, campaign.status()).ifPresent(topic -> fanOut(campaign, topic));
    }

    private void fanOut(Campaign moved, Topic topic) {
        // as stored (a store may keep its times coarser), unless it moved on meanwhile
        Campaign campaign = campaigns.find(moved.id()).filter(c -> c.status() == moved.status()).orElse(moved);
        CampaignFunnel funnel = new CampaignFunnel(recipients.counts(campaign.id()), campaign.duplicates(), campaign.invalid());
        CampaignMoved event = CampaignMoved.of(topic, campaign.updatedAt(), campaign.id(), campaign.projectOwnerId(),
                campaign.from());
        try {
            planner.plan(List.of(new DeliveryPlanner.Event(event, CampaignData.of(campaign, funnel),
                    campaign.projectOwnerId())));
        } catch (RuntimeException e) {
            // the move itself is stored and stands; only its notification is lost
            LOG.log(System.Logger.Level.WARNING, "could not fan out " + topic + " of campaign " + campaign.id(), e);
        }
    }
}
