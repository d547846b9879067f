package zen.gateway.application.inmemory;

import zen.gateway.application.contract.AuditLogContract;
import zen.gateway.application.port.outbound.access.AuditLog;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog newStore() {
        return new InMemoryAuditLog();
    }
}
