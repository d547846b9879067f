package zen.gateway.domain.message;

/** Why a message failed, as the BSP put it: a code (Meta's error code where known) and a reason. */
public record Failure(String code, String reason) {
    public Failure {
        if (code == null && reason == null) {
            throw new IllegalArgumentException("a failure needs a code or a reason");
        }
    }
}
