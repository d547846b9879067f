package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.OptOutStoreContract;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;

class PostgresOptOutStoreIT extends OptOutStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected OptOutStore newStore() {
        return DATABASE.storage().campaignStores().optOuts();
    }
}
