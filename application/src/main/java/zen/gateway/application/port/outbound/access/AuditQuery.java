package zen.gateway.application.port.outbound.access;

import java.time.Instant;
import zen.gateway.application.port.outbound.paging.Position;

/**
 * Which audit entries to list: those of {@code projectOwnerId} (every project's when null), at or after {@code from}
 * and before {@code to} (either may be null), after {@code after} (null for the first slice); {@code limit} 1 to 500.
 */
public record AuditQuery(String projectOwnerId, Instant from, Instant to, Position after, int limit) {
    public AuditQuery {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
    }
}
