package zen.gateway.bootstrap;

import java.util.concurrent.CompletableFuture;
import zen.gateway.application.port.outbound.EnvelopeHandler;
import zen.gateway.application.port.outbound.EnvelopeQueue;
import zen.gateway.application.port.outbound.InboundEnvelope;

/**
 * An envelope queue whose consumer makes the store durable after handling each batch and before the queue
 * forgets it: what processing wrote survives a crash as surely as the envelopes it came from.
 */
record SyncedAfterHandling(EnvelopeQueue queue, Runnable makeStoreDurable) implements EnvelopeQueue {

    @Override
    public CompletableFuture<Void> publish(InboundEnvelope envelope) {
        return queue.publish(envelope);
    }

    @Override
    public void consume(EnvelopeHandler handler) {
        queue.consume(batch -> {
            handler.handle(batch);
            makeStoreDurable.run();
        });
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
