package zen.gateway.bootstrap.queue;

import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.adapter.outbound.jdbc.TestDatabase;
import zen.gateway.application.contract.EnvelopeQueueContract;

class H2EnvelopeQueueTest extends EnvelopeQueueContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected EnvelopeQueueContract.Queue newQueue() {
        return EmbeddedQueues.over(DATABASE.storage(), 7, Duration.ofMillis(20));
    }
}
