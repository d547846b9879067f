package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.RecipientStoreContract;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;

class MongoRecipientStoreTest extends RecipientStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected RecipientStore newStore() {
        return MONGO.freshStorage().campaignStores().recipients();
    }
}
