package zen.gateway.application.port.outbound.send;

/**
 * Why a send failed: the provider's own code and words, or the gateway's ({@code outcome_unknown},
 * {@code sender_removed}), and whether trying again later could succeed.
 */
public record SendFailure(String code, String reason, boolean retryable) {
    public SendFailure {
        if (code == null && reason == null) {
            throw new IllegalArgumentException("a failure needs a code or a reason");
        }
    }
}
