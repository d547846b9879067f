package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.SenderReachContract;

class H2SenderReachTest extends SenderReachContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected Storage newStorage() {
        JdbcStorage storage = DATABASE.storage();
        return new Storage(storage.stores().sends(), storage.campaignStores().reach());
    }
}
