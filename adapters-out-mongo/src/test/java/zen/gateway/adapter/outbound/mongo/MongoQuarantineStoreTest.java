package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.QuarantineStoreContract;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;

class MongoQuarantineStoreTest extends QuarantineStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected QuarantineStore newStore() {
        return MONGO.freshStorage().stores().quarantine();
    }
}
