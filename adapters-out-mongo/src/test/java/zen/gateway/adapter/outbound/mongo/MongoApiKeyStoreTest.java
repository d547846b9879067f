package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.ApiKeyStoreContract;
import zen.gateway.application.port.outbound.access.ApiKeyStore;

class MongoApiKeyStoreTest extends ApiKeyStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected ApiKeyStore newStore() {
        return MONGO.freshStorage().stores().apiKeys();
    }
}
