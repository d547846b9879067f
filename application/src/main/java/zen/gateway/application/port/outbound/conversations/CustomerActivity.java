package zen.gateway.application.port.outbound.conversations;

import java.time.Instant;
import java.util.Objects;

/** A customer who wrote to a project, and when they last did. */
public record CustomerActivity(String customerNumber, Instant lastInboundAt) {
    public CustomerActivity {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(lastInboundAt, "lastInboundAt");
    }
}
