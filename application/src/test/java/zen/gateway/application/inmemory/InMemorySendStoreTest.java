package zen.gateway.application.inmemory;

import zen.gateway.application.contract.SendStoreContract;
import zen.gateway.application.port.outbound.send.SendStore;

class InMemorySendStoreTest extends SendStoreContract {

    @Override
    protected SendStore newStore() {
        return new InMemorySendStore();
    }
}
