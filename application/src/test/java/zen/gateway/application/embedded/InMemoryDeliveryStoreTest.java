package zen.gateway.application.embedded;

import zen.gateway.application.contract.DeliveryStoreContract;
import zen.gateway.application.port.outbound.DeliveryStore;

class InMemoryDeliveryStoreTest extends DeliveryStoreContract {

    @Override
    protected DeliveryStore newStore() {
        return new InMemoryDeliveryStore();
    }
}
