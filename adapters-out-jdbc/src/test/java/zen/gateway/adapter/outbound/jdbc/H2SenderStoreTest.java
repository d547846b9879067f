package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.SenderStoreContract;
import zen.gateway.application.port.outbound.send.SenderStore;

class H2SenderStoreTest extends SenderStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected SenderStore newStore() {
        return DATABASE.storage().stores().senders();
    }
}
