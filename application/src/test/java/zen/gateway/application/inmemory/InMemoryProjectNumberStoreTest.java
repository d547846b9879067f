package zen.gateway.application.inmemory;

import zen.gateway.application.contract.ProjectNumberStoreContract;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

class InMemoryProjectNumberStoreTest extends ProjectNumberStoreContract {

    @Override
    protected ProjectNumberStore newStore() {
        return new InMemoryProjectNumberStore();
    }
}
