package zen.gateway.application.port.inbound.campaigns;

import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignFunnel;

/** A campaign and its counts as they stand. */
public record CampaignDetails(Campaign campaign, CampaignFunnel funnel) {}
