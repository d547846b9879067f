package zen.gateway.adapter.outbound.jdbc;

import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.contract.EnvelopeQueueContract;
import zen.gateway.application.port.outbound.EnvelopeQueue;

class PostgresEnvelopeQueueIT extends EnvelopeQueueContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected EnvelopeQueue newQueue() {
        return DATABASE.storage().envelopeQueue(7, Duration.ofMillis(20));
    }
}
