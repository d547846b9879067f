package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.MessageStoreContract;
import zen.gateway.application.port.outbound.tracking.MessageStore;

class MongoMessageStoreTest extends MessageStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected MessageStore newStore() {
        return MONGO.freshStorage().stores().messages();
    }
}
