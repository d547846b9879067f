package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.ProjectNumberStoreContract;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

class PostgresProjectNumberStoreIT extends ProjectNumberStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected ProjectNumberStore newStore() {
        return DATABASE.storage().stores().projectNumbers();
    }
}
