package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.AuditLogContract;
import zen.gateway.application.port.outbound.access.AuditLog;

class PostgresAuditLogIT extends AuditLogContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected AuditLog newStore() {
        return DATABASE.storage().stores().audit();
    }
}
