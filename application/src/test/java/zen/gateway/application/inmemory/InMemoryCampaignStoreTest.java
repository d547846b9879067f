package zen.gateway.application.inmemory;

import zen.gateway.application.contract.CampaignStoreContract;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;

class InMemoryCampaignStoreTest extends CampaignStoreContract {

    @Override
    protected CampaignStore newStore() {
        return new InMemoryCampaignStore();
    }
}
