package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.SenderStoreContract;
import zen.gateway.application.port.outbound.send.SenderStore;

class PostgresSenderStoreIT extends SenderStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected SenderStore newStore() {
        return DATABASE.storage().stores().senders();
    }
}
