package zen.gateway.application.normalize;

import zen.gateway.domain.ingest.InboundEnvelope;


/**
 * Meta WhatsApp Cloud API webhooks, and 360dialog's, which are Meta's payload unchanged. Each status and each
 * message in a POST is its own event on {@code meta.delivery} / {@code meta.user_message}; errors not tied to a
 * message are notices on {@code meta.error}, and changes of other fields notices on {@code meta.<field>}.
 * Pricing, conversation and BSUID fields stay in the payload. Stateless and thread-safe.
 */
public final class MetaCloudApiNormalizer implements BspNormalizer {

    private final CloudApiReader reader = new CloudApiReader(CloudApiDialect.META);

    @Override
    public Normalization normalize(InboundEnvelope envelope) {
        return JsonBodies.read(envelope, root -> Batches.eachObject(root, element -> reader.read(element, envelope.receivedAt())));
    }
}
