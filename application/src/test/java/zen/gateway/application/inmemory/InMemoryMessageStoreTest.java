package zen.gateway.application.inmemory;

import zen.gateway.application.contract.MessageStoreContract;
import zen.gateway.application.port.outbound.tracking.MessageStore;

class InMemoryMessageStoreTest extends MessageStoreContract {

    @Override
    protected MessageStore newStore() {
        return new InMemoryMessageStore();
    }
}
