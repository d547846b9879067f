package zen.gateway.application.port.inbound.ingest;

import java.util.List;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Processes a batch of envelopes a transport took from its queue: track, fan out, plan deliveries. A transport
 * forgets the batch only after this returned normally; throwing hands the batch back (at-least-once), which every
 * step tolerates.
 */
@FunctionalInterface
public interface ProcessEnvelopesUseCase {
    void process(List<InboundEnvelope> batch);
}
