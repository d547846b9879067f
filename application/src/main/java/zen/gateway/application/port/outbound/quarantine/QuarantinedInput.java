package zen.gateway.application.port.outbound.quarantine;

import java.time.Instant;
import java.util.Objects;

/** Input the gateway could not use, kept with the reason so that someone can look at it. */
public record QuarantinedInput(String id, String source, String reason, Instant receivedAt, byte[] body) {
    public QuarantinedInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(body, "body");
    }
}
