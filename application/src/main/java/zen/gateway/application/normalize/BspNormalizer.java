package zen.gateway.application.normalize;

import zen.gateway.domain.ingest.InboundEnvelope;


/** Reads one BSP's webhook bodies. Stateless and thread-safe. */
public interface BspNormalizer {

    /**
     * What the envelope's body means. A body may be a batch and yield many events, or a notice that yields
     * none (a health check). Never throws for bad input: malformed or unknown bodies are results too.
     */
    Normalization normalize(InboundEnvelope envelope);
}
