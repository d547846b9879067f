package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.ProjectNumberStoreContract;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

class H2ProjectNumberStoreTest extends ProjectNumberStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected ProjectNumberStore newStore() {
        return DATABASE.storage().stores().projectNumbers();
    }
}
