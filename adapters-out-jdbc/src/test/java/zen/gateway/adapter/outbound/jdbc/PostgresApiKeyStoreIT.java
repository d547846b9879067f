package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.ApiKeyStoreContract;
import zen.gateway.application.port.outbound.access.ApiKeyStore;

class PostgresApiKeyStoreIT extends ApiKeyStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected ApiKeyStore newStore() {
        return DATABASE.storage().stores().apiKeys();
    }
}
