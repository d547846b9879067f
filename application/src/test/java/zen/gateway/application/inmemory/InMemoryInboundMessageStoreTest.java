package zen.gateway.application.inmemory;

import zen.gateway.application.contract.InboundMessageStoreContract;
import zen.gateway.application.port.outbound.conversations.InboundMessageStore;

class InMemoryInboundMessageStoreTest extends InboundMessageStoreContract {

    @Override
    protected InboundMessageStore newStore() {
        return new InMemoryInboundMessageStore();
    }
}
