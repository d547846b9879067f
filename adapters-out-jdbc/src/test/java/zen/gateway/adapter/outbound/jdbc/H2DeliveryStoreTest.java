package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.DeliveryStoreContract;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;

class H2DeliveryStoreTest extends DeliveryStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected DeliveryStore newStore() {
        return DATABASE.storage().stores().deliveries();
    }
}
