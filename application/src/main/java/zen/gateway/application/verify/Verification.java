package zen.gateway.application.verify;

/** What a {@link WebhookVerifier} concluded about one request. */
public sealed interface Verification {

    /** Whether the request may go on: verified, or unsigned because nothing was configured to check. */
    default boolean accepted() {
        return !(this instanceof Rejected);
    }

    /** Every configured check passed; {@code checks} names them, for logs. */
    record Verified(String checks) implements Verification {}

    /** Nothing is configured for this source, so nothing was checked: accepted, and the warning says so. */
    record Unsigned(String warning) implements Verification {}

    /** A configured check failed: the request must not be processed. */
    record Rejected(String reason) implements Verification {}
}
