package zen.gateway.adapter.outbound.jdbc;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * The retention purge's one statement, the same on every table: delete at most {@code limit} rows older than the
 * cutoff, chosen by an indexed time, each batch its own short transaction. Child rows go by ON DELETE CASCADE.
 */
final class Expiry {

    private Expiry() {}

    /** {@code condition} narrows the rows that may expire (empty for all); it names no parameter. */
    static int deleteOlderThan(Jdbi jdbi, String table, String idColumn, String timeColumn, String condition,
            Instant cutoff, int limit) {
        String narrowed = condition.isEmpty() ? "" : " AND " + condition;
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM " + table + " WHERE " + idColumn + " IN (SELECT "
                        + idColumn + " FROM " + table + " WHERE " + timeColumn + " < :cutoff" + narrowed + " LIMIT :limit)")
                .bind("cutoff", cutoff)
                .bind("limit", limit)
                .execute());
    }
}
