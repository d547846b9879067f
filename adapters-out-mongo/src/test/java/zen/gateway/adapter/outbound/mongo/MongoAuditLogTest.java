package zen.gateway.adapter.outbound.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.AuditLogContract;
import zen.gateway.application.port.outbound.access.AuditLog;

class MongoAuditLogTest extends AuditLogContract {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    @Override
    protected AuditLog newStore() {
        return MONGO.freshStorage().stores().audit();
    }
}
