package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.MessageStoreContract;
import zen.gateway.application.port.outbound.tracking.MessageStore;

class H2MessageStoreTest extends MessageStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected MessageStore newStore() {
        return DATABASE.storage().stores().messages();
    }
}
