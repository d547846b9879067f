package zen.gateway.bootstrap;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import zen.gateway.adapter.embedded.campaigns.CampaignPoller;
import zen.gateway.adapter.inbound.http.CampaignsResource;
import zen.gateway.adapter.inbound.http.OptOutsResource;
import zen.gateway.application.campaigns.CampaignEvents;
import zen.gateway.application.campaigns.CampaignRunner;
import zen.gateway.application.campaigns.CampaignService;
import zen.gateway.application.campaigns.FanOutCampaignEvents;
import zen.gateway.application.campaigns.OptOutService;
import zen.gateway.application.campaigns.RecipientProgress;
import zen.gateway.application.forwarding.DeliveryPlanner;
import zen.gateway.application.port.inbound.send.SendMessageUseCase;
import zen.gateway.application.port.outbound.Stores;
import zen.gateway.application.port.outbound.campaigns.CampaignStores;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Campaigns wired: the API, the opt-out list, and the runner, which hands recipients to the send use case from every
 * node (the recipients' statuses in the store are the claims, on every transport), and its moves fanned out as events.
 */
final class Campaigns {

    private Campaigns() {}

    static void assemble(GatewayConfiguration config, Environment environment, Stores stores, CampaignStores campaigns,
            SendMessageUseCase sending, RecipientProgress progress, DeliveryPlanner planner, Clock clock) {
        CampaignEvents events = new FanOutCampaignEvents(planner, campaigns.campaigns(), campaigns.recipients());
        CampaignRunner runner = new CampaignRunner(campaigns, sending, stores.sends(), stores.senders(), progress, events,
                config.campaigns.settings(), clock);
        environment.lifecycle().manage(new ClosingManaged(
                CampaignPoller.start(runner, config.campaigns.pollInterval.toJavaDuration())));
        var jersey = environment.jersey();
        jersey.register(new CampaignsResource(new CampaignService(campaigns.campaigns(), campaigns.recipients(),
                campaigns.optOuts(), stores.sends(), clock, events), environment.getObjectMapper()));
        jersey.register(new OptOutsResource(new OptOutService(campaigns.optOuts(), clock)));
    }
}
