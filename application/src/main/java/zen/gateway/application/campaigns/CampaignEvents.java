package zen.gateway.application.campaigns;

import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignStatus;

/**
 * Campaign moves, told to whoever forwards them. Called only by the writer whose compare-and-set made the move, so
 * each move is told once however many nodes raced for it.
 */
public interface CampaignEvents {

    /** Nobody listens. */
    CampaignEvents NONE = (campaign, from) -> {};

    /** {@code campaign} (as it now stands) moved from {@code from}. */
    void moved(Campaign campaign, CampaignStatus from);
}
