package zen.gateway.application.port.outbound;

import java.util.List;

/** Processes a batch of envelopes taken from an {@link EnvelopeQueue}. Throwing hands the batch back. */
@FunctionalInterface
public interface EnvelopeHandler {
    void handle(List<InboundEnvelope> batch);
}
