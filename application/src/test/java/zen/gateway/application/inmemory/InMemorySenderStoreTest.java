package zen.gateway.application.inmemory;

import zen.gateway.application.contract.SenderStoreContract;
import zen.gateway.application.port.outbound.send.SenderStore;

class InMemorySenderStoreTest extends SenderStoreContract {

    @Override
    protected SenderStore newStore() {
        return new InMemorySenderStore();
    }
}
