package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;

/** {@link QuarantineStore} on {@code quarantine}; keeping an id twice keeps the first. Thread-safe. */
final class JdbcQuarantineStore implements QuarantineStore {

    private final Jdbi jdbi;

    JdbcQuarantineStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void keep(QuarantinedInput input) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO quarantine (id, source, reason, received_at, body) "
                        + "VALUES (:id, :source, :reason, :receivedAt, :body) ON CONFLICT DO NOTHING")
                .bind("id", input.id())
                .bind("source", input.source())
                .bind("reason", input.reason())
                .bind("receivedAt", input.receivedAt())
                .bind("body", input.body())
                .execute());
    }

    @Override
    public List<QuarantinedInput> newest(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, source, reason, received_at, body FROM quarantine "
                        + "ORDER BY received_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new QuarantinedInput(rs.getString("id"), rs.getString("source"),
                        rs.getString("reason"), instant(rs, "received_at"), rs.getBytes("body")))
                .list());
    }

    @Override
    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM quarantine").mapTo(Long.class).one());
    }

    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(jdbi, "quarantine", "id", "received_at", "", cutoff, limit);
    }
}
