package zen.gateway.bootstrap.queue;

import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.adapter.outbound.jdbc.TestDatabase;
import zen.gateway.application.contract.EnvelopeQueueContract;

class PostgresEnvelopeQueueIT extends EnvelopeQueueContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected EnvelopeQueueContract.Queue newQueue() {
        return EmbeddedQueues.over(DATABASE.storage(), 7, Duration.ofMillis(20));
    }
}
