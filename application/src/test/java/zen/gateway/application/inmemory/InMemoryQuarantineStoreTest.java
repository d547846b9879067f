package zen.gateway.application.inmemory;

import zen.gateway.application.contract.QuarantineStoreContract;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;

class InMemoryQuarantineStoreTest extends QuarantineStoreContract {

    @Override
    protected QuarantineStore newStore() {
        return new InMemoryQuarantineStore();
    }
}
