package zen.gateway.adapter.outbound.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.SenderReachContract;

class PostgresSenderReachIT extends SenderReachContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected Storage newStorage() {
        JdbcStorage storage = DATABASE.storage();
        return new Storage(storage.stores().sends(), storage.campaignStores().reach());
    }
}
