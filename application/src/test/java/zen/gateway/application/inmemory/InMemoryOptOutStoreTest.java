package zen.gateway.application.inmemory;

import zen.gateway.application.contract.OptOutStoreContract;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;

class InMemoryOptOutStoreTest extends OptOutStoreContract {

    @Override
    protected OptOutStore newStore() {
        return new InMemoryOptOutStore();
    }
}
