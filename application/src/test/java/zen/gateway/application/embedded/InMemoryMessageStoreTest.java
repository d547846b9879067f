package zen.gateway.application.embedded;

import zen.gateway.application.contract.MessageStoreContract;
import zen.gateway.application.port.outbound.MessageStore;

class InMemoryMessageStoreTest extends MessageStoreContract {

    @Override
    protected MessageStore newStore() {
        return new InMemoryMessageStore();
    }
}
