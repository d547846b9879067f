package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.CampaignStoreContract;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;

class MongoCampaignStoreTest extends CampaignStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected CampaignStore newStore() {
        return MONGO.freshStorage().campaignStores().campaigns();
    }
}
