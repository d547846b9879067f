package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.QuarantineStoreContract;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;

class PostgresQuarantineStoreIT extends QuarantineStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected QuarantineStore newStore() {
        return DATABASE.storage().stores().quarantine();
    }
}
