package zen.gateway.application.embedded;

import zen.gateway.application.contract.EndpointStoreContract;
import zen.gateway.application.port.outbound.EndpointStore;

class InMemoryEndpointStoreTest extends EndpointStoreContract {

    @Override
    protected EndpointStore newStore() {
        return new InMemoryEndpointStore();
    }
}
