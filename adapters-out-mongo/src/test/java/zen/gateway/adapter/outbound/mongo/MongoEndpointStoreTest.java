package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.EndpointStoreContract;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;

class MongoEndpointStoreTest extends EndpointStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected EndpointStore newStore() {
        return MONGO.freshStorage().stores().endpoints();
    }
}
