package zen.gateway.application.inmemory;

import zen.gateway.application.contract.EndpointStoreContract;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;

class InMemoryEndpointStoreTest extends EndpointStoreContract {

    @Override
    protected EndpointStore newStore() {
        return new InMemoryEndpointStore();
    }
}
