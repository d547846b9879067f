package zen.gateway.application.embedded;

import zen.gateway.application.contract.QuarantineStoreContract;
import zen.gateway.application.port.outbound.QuarantineStore;

class InMemoryQuarantineStoreTest extends QuarantineStoreContract {

    @Override
    protected QuarantineStore newStore() {
        return new InMemoryQuarantineStore();
    }
}
