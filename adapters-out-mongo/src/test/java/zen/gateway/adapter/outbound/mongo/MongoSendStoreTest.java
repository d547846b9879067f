package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.SendStoreContract;
import zen.gateway.application.port.outbound.send.SendStore;

class MongoSendStoreTest extends SendStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected SendStore newStore() {
        return MONGO.freshStorage().stores().sends();
    }
}
