package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.InboundMessageStoreContract;
import zen.gateway.application.port.outbound.conversations.InboundMessageStore;

class PostgresInboundMessageStoreIT extends InboundMessageStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected InboundMessageStore newStore() {
        return DATABASE.storage().stores().inbound();
    }
}
