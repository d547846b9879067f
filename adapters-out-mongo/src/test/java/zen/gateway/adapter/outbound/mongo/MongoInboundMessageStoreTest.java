package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.InboundMessageStoreContract;
import zen.gateway.application.port.outbound.conversations.InboundMessageStore;

class MongoInboundMessageStoreTest extends InboundMessageStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected InboundMessageStore newStore() {
        return MONGO.freshStorage().stores().inbound();
    }
}
