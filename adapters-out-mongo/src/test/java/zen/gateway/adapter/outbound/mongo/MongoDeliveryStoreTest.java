package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.DeliveryStoreContract;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;

class MongoDeliveryStoreTest extends DeliveryStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected DeliveryStore newStore() {
        return MONGO.freshStorage().stores().deliveries();
    }
}
