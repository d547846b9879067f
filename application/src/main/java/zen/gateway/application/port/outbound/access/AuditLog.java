package zen.gateway.application.port.outbound.access;

import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.application.port.outbound.retention.Expiring;
import zen.gateway.domain.access.AuditEntry;

/** {@code audit_log}: the changes asked of the gateway, appended, never changed; entries expire by time. Thread-safe. */
public interface AuditLog extends Expiring {

    /** Appends the entry; appending an id twice keeps the first. */
    void append(AuditEntry entry);

    /** Entries newest first (time, then id, descending), filtered, a slice at a time. */
    Slice<AuditEntry> list(AuditQuery query);
}
