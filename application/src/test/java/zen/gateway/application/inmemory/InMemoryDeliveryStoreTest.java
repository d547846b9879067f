package zen.gateway.application.inmemory;

import zen.gateway.application.contract.DeliveryStoreContract;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;

class InMemoryDeliveryStoreTest extends DeliveryStoreContract {

    @Override
    protected DeliveryStore newStore() {
        return new InMemoryDeliveryStore();
    }
}
