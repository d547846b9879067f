package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.SenderReachContract;

class MongoSenderReachTest extends SenderReachContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected Storage newStorage() {
        MongoStorage storage = MONGO.freshStorage();
        return new Storage(storage.stores().sends(), storage.campaignStores().reach());
    }
}
