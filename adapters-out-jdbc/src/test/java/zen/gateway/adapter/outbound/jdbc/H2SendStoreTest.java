package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.SendStoreContract;
import zen.gateway.application.port.outbound.send.SendStore;

class H2SendStoreTest extends SendStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected SendStore newStore() {
        return DATABASE.storage().stores().sends();
    }
}
