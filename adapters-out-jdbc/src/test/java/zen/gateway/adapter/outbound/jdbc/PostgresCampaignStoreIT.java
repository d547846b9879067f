package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.CampaignStoreContract;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;

class PostgresCampaignStoreIT extends CampaignStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected CampaignStore newStore() {
        return DATABASE.storage().campaignStores().campaigns();
    }
}
