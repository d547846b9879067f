package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.CampaignStoreContract;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;

class H2CampaignStoreTest extends CampaignStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected CampaignStore newStore() {
        return DATABASE.storage().campaignStores().campaigns();
    }
}
