package zen.gateway.application.embedded;

import zen.gateway.application.contract.ProjectNumberStoreContract;
import zen.gateway.application.port.outbound.ProjectNumberStore;

class InMemoryProjectNumberStoreTest extends ProjectNumberStoreContract {

    @Override
    protected ProjectNumberStore newStore() {
        return new InMemoryProjectNumberStore();
    }
}
