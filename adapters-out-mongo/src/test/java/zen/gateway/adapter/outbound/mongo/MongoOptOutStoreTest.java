package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.OptOutStoreContract;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;

class MongoOptOutStoreTest extends OptOutStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected OptOutStore newStore() {
        return MONGO.freshStorage().campaignStores().optOuts();
    }
}
