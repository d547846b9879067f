package zen.gateway.application.verify;

/** Decides whether a webhook request comes from its BSP. Implementations are immutable and thread-safe. */
public interface WebhookVerifier {

    /** Never throws for anything a sender controls: a bad signature or header is a {@code Rejected} result. */
    Verification verify(VerificationRequest request);
}
