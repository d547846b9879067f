package zen.gateway.application.embedded;

import java.time.Duration;
import zen.gateway.application.contract.EnvelopeQueueContract;
import zen.gateway.application.port.outbound.EnvelopeQueue;

class InMemoryEnvelopeQueueTest extends EnvelopeQueueContract {

    @Override
    protected EnvelopeQueue newQueue() {
        return new InMemoryEnvelopeQueue(7, Duration.ofMillis(20));
    }
}
