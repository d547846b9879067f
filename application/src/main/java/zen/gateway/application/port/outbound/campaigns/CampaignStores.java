package zen.gateway.application.port.outbound.campaigns;

import java.util.Objects;

/** The campaign stores one database provides. */
public record CampaignStores(CampaignStore campaigns, RecipientStore recipients, OptOutStore optOuts, SenderReach reach) {

    public CampaignStores {
        Objects.requireNonNull(campaigns, "campaigns");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(optOuts, "optOuts");
        Objects.requireNonNull(reach, "reach");
    }
}
