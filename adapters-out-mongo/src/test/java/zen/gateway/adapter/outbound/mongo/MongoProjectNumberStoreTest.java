package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.ProjectNumberStoreContract;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

class MongoProjectNumberStoreTest extends ProjectNumberStoreContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected ProjectNumberStore newStore() {
        return MONGO.freshStorage().stores().projectNumbers();
    }
}
