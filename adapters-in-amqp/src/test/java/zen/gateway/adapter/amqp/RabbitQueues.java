package zen.gateway.adapter.amqp;

import java.util.concurrent.CompletableFuture;
import zen.gateway.application.contract.EnvelopeQueueContract;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.inbound.quarantine.QuarantineInputUseCase;
import zen.gateway.domain.ingest.InboundEnvelope;

/** The RabbitMQ transport's queue of webhooks as the contract drives a queue; closing it closes the transport. */
record RabbitQueues(RabbitTransport transport, QuarantineInputUseCase quarantine) implements EnvelopeQueueContract.Queue {

    @Override
    public CompletableFuture<Void> publish(InboundEnvelope envelope) {
        return transport.envelopes().publish(envelope);
    }

    @Override
    public void consume(ProcessEnvelopesUseCase handler) {
        transport.consumeEnvelopes(handler, quarantine);
    }

    @Override
    public long backlog() {
        return transport.envelopeBacklog();
    }

    @Override
    public void close() {
        transport.close();
    }
}
