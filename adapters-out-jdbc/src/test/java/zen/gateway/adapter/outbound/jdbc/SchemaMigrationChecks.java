package zen.gateway.adapter.outbound.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Checks of the schema migration, run on each database. */
abstract class SchemaMigrationChecks {

    abstract TestDatabase database();

    @Test
    void migratingAnUpToDateSchemaAgainAppliesNothing() {
        assertThat(database().storage().migrate()).isEmpty();
        assertThat(database().storage().migrate()).isEmpty();
        List<Integer> versions = database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT version FROM schema_version").mapTo(Integer.class).list());
        assertThat(versions).containsExactlyInAnyOrderElementsOf(SchemaMigration.SCRIPTS.stream().map(SchemaMigration.Script::version).toList());
    }

    @Test
    void versions2And4KeepOneHistoryRowPerReportAndRefuseRepeats() {
        Jdbi jdbi = database().jdbi();
        // the schema as version 1 left it: repeats allowed, and some stored, one of them arrived again later
        jdbi.useHandle(handle -> {
            handle.execute("DROP INDEX IF EXISTS message_status_history_report");
            handle.execute("DROP INDEX IF EXISTS message_status_history_event");
            handle.execute("ALTER TABLE message_status_history DROP COLUMN event_id");
            handle.execute("CREATE INDEX message_status_history_message ON message_status_history (message_id)");
            handle.execute("DELETE FROM schema_version WHERE version IN (2, 4)");
            handle.execute("INSERT INTO unified_message_tracking (message_id, wamid, bsp, current_status, status_rank, "
                    + "created_at, updated_at) VALUES ('m-1', 'wamid.1', 'meta', 'sent', 1, "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            for (String status : List.of("SENT", "SENT", "SENT", "DELIVERED")) {
                handle.execute("INSERT INTO message_status_history (message_id, status, source, occurred_at, received_at) "
                        + "VALUES ('m-1', ?, 'meta', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:01+00', "
                        + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:02+00')", status);
            }
            handle.execute("INSERT INTO message_status_history (message_id, status, source, occurred_at, received_at) "
                    + "VALUES ('m-1', 'SENT', 'meta', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:01+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-01 01:00:00+00')");
        });

        assertThat(database().storage().migrate()).containsExactly(2, 4);

        List<String> kept = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT status FROM message_status_history WHERE message_id = 'm-1' ORDER BY status")
                .mapTo(String.class).list());
        String insertEvent = "INSERT INTO message_status_history (message_id, status, source, occurred_at, received_at, "
                + "event_id) VALUES ('m-1', 'READ', 'meta', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:05+00', "
                + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:06+00', 'evt-read') ON CONFLICT DO NOTHING";
        int first = jdbi.withHandle(handle -> handle.execute(insertEvent));
        int repeated = jdbi.withHandle(handle -> handle.execute(insertEvent));
        assertThat(kept).containsExactly("DELIVERED", "SENT");
        assertThat(first).isOne();
        assertThat(repeated).isZero();
    }

    @Test
    void everyScriptRunsAgainWithoutError() {
        // H2 commits DDL statement by statement: a script cut short is run again from its start
        Jdbi jdbi = database().jdbi();

        jdbi.useHandle(handle -> SchemaMigration.SCRIPTS.forEach(script ->
                SchemaMigration.statementsOf(script).forEach(handle::execute)));

        database().storage().ping();
    }

    @Test
    void theScriptsAreSplitIntoStatements() {
        assertThat(SchemaMigration.statementsOf(SchemaMigration.SCRIPTS.get(0)))
                .hasSizeGreaterThan(10)
                .allSatisfy(statement -> assertThat(statement).doesNotContain(";").doesNotStartWith("--"));
    }
}
