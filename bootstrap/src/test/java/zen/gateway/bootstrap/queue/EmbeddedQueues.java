package zen.gateway.bootstrap.queue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import zen.gateway.adapter.embedded.EmbeddedEnvelopeQueue;
import zen.gateway.adapter.outbound.jdbc.JdbcStorage;
import zen.gateway.application.contract.EnvelopeQueueContract;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.domain.ingest.InboundEnvelope;

/** The embedded transport's queue of webhooks over a SQL storage's table, as the contract drives a queue. */
record EmbeddedQueues(EmbeddedEnvelopeQueue queue) implements EnvelopeQueueContract.Queue {

    static EnvelopeQueueContract.Queue over(JdbcStorage storage, int batchSize, Duration backOff) {
        return new EmbeddedQueues(new EmbeddedEnvelopeQueue(storage.envelopeTable(), batchSize, backOff, Clock.systemUTC()));
    }

    @Override
    public CompletableFuture<Void> publish(InboundEnvelope envelope) {
        return queue.publish(envelope);
    }

    @Override
    public void consume(ProcessEnvelopesUseCase handler) {
        queue.consume(handler);
    }

    @Override
    public long backlog() {
        return queue.backlog();
    }

    @Override
    public void close() {
        queue.close();
    }
}
