package zen.gateway.application.inmemory;

import java.time.Duration;
import zen.gateway.application.contract.EnvelopeQueueContract;

class InMemoryEnvelopeQueueTest extends EnvelopeQueueContract {

    @Override
    protected EnvelopeQueueContract.Queue newQueue() {
        return new InMemoryEnvelopeQueue(7, Duration.ofMillis(20));
    }
}
