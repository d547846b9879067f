package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import zen.gateway.application.port.outbound.access.AuditLog;
import zen.gateway.application.port.outbound.access.AuditQuery;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.access.AuditEntry;
import zen.gateway.domain.access.AuditOutcome;

/** {@link AuditLog} on {@code audit_log}; appending an id twice keeps the first. Thread-safe. */
final class JdbcAuditLog implements AuditLog {

    private final Jdbi jdbi;

    JdbcAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(AuditEntry entry) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO audit_log (id, at, key_id, project_owner_id, action, target, "
                        + "outcome, status) VALUES (:id, :at, :keyId, :project, :action, :target, :outcome, :status) "
                        + "ON CONFLICT DO NOTHING")
                .bind("id", entry.id())
                .bind("at", entry.time())
                .bind("keyId", entry.keyId())
                .bind("project", entry.projectOwnerId())
                .bind("action", entry.action())
                .bind("target", entry.target())
                .bind("outcome", entry.outcome().name())
                .bind("status", entry.status())
                .execute());
    }

    @Override
    public Slice<AuditEntry> list(AuditQuery query) {
        Filter filter = new Filter()
                .equal("project_owner_id", query.projectOwnerId())
                .within("at", query.from(), query.to())
                .before("at", "id", query.after());
        List<AuditEntry> selected = jdbi.withHandle(handle -> handle.createQuery("SELECT id, at, key_id, project_owner_id, "
                        + "action, target, outcome, status FROM audit_log" + filter.where() + " ORDER BY at DESC, id DESC LIMIT :limit")
                .bindMap(filter.values())
                .bind("limit", query.limit() + 1)
                .map((rs, ctx) -> new AuditEntry(rs.getString("id"), instant(rs, "at"), rs.getString("key_id"),
                        rs.getString("project_owner_id"), rs.getString("action"), rs.getString("target"),
                        AuditOutcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)), rs.getInt("status")))
                .list());
        return Slice.of(selected, query.limit(), last -> new Position(last.time(), last.id()));
    }

    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(jdbi, "audit_log", "id", "at", "", cutoff, limit);
    }
}
