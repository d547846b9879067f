package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.SenderStoreContract;
import zen.gateway.application.port.outbound.send.SenderStore;

class MongoSenderStoreTest extends SenderStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected SenderStore newStore() {
        return MONGO.freshStorage().stores().senders();
    }
}
