package zen.gateway.application.inmemory;

import zen.gateway.application.contract.ApiKeyStoreContract;
import zen.gateway.application.port.outbound.access.ApiKeyStore;

class InMemoryApiKeyStoreTest extends ApiKeyStoreContract {

    @Override
    protected ApiKeyStore newStore() {
        return new InMemoryApiKeyStore();
    }
}
