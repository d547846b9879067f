package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.MessageStoreContract;
import zen.gateway.application.port.outbound.tracking.MessageStore;

class PostgresMessageStoreIT extends MessageStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected MessageStore newStore() {
        return DATABASE.storage().stores().messages();
    }
}
