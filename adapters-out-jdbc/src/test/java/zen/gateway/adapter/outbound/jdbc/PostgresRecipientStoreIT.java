package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.RecipientStoreContract;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;

class PostgresRecipientStoreIT extends RecipientStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected RecipientStore newStore() {
        return DATABASE.storage().campaignStores().recipients();
    }
}
