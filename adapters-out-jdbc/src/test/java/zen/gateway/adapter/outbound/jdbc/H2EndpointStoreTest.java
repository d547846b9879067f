package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.EndpointStoreContract;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;

class H2EndpointStoreTest extends EndpointStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected EndpointStore newStore() {
        return DATABASE.storage().stores().endpoints();
    }
}
