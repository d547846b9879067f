package zen.gateway.application.port.inbound.access;

import java.time.Instant;
import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.inbound.paging.PageCursor;
import zen.gateway.domain.access.AuditEntry;

/** The audit trail, newest first, a page at a time. */
public interface AuditTrailQuery {

    Page<AuditEntry> list(Criteria criteria);

    /**
     * Which entries: those of {@code projectOwnerId} (every project's when null), at or after {@code from} and
     * before {@code to} (each optional), after {@code after}; {@code limit} 1 to 500.
     */
    record Criteria(String projectOwnerId, Instant from, Instant to, PageCursor after, int limit) {
        public Criteria {
            if (limit < 1 || limit > 500) {
                throw new IllegalArgumentException("limit must be between 1 and 500");
            }
        }
    }
}
