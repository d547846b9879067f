package zen.gateway.adapter.outbound.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings the schema to the latest version with the versioned scripts under {@code migration/}, recording each
 * one in {@code schema_version}. Safe to run again, and by several nodes at once.
 */
final class SchemaMigration {

    /** Scripts in the order they apply; a script, once released, never changes: add the next one instead. */
    static final List<Script> SCRIPTS = List.of(
            new Script(1, "initial schema", "V1__initial_schema.sql"),
            new Script(2, "one history row per report", "V2__one_history_row_per_report.sql"),
            new Script(3, "due index in claim order", "V3__due_index_in_claim_order.sql"),
            new Script(4, "history once per event", "V4__history_once_per_event.sql"),
            new Script(5, "access: api keys and the audit trail", "V5__access.sql"),
            new Script(6, "sending: senders and message sends", "V6__senders_and_sends.sql"),
            new Script(7, "conversations: inbound messages, deliveries naming their message", "V7__conversations.sql"),
            new Script(8, "campaigns: campaigns, recipients and opt-outs", "V8__campaigns.sql"),
            new Script(9, "messaging limits: senders' daily unique recipients", "V9__messaging_limits.sql"));

    record Script(int version, String description, String resource) {}

    private final Jdbi jdbi;
    private final Dialect dialect;

    SchemaMigration(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    /** Applies the scripts not applied yet; returns their versions. */
    List<Integer> migrate() {
        // two stores opened on one database in the same process must not race either
        synchronized (SchemaMigration.class) {
            return jdbi.inTransaction(this::migrate);
        }
    }

    private List<Integer> migrate(Handle handle) {
        dialect.migrationLock().ifPresent(lock -> handle.createQuery(lock).mapToMap().list());
        handle.execute("""
                CREATE TABLE IF NOT EXISTS schema_version (
                    version     INT NOT NULL PRIMARY KEY,
                    description VARCHAR NOT NULL,
                    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
                )""");
        Set<Integer> applied = handle.createQuery("SELECT version FROM schema_version").mapTo(Integer.class).set();
        List<Script> pending = SCRIPTS.stream().filter(s -> !applied.contains(s.version())).toList();
        for (Script script : pending) {
            statementsOf(script).forEach(handle::execute);
            handle.createUpdate("INSERT INTO schema_version (version, description) VALUES (:version, :description)")
                    .bind("version", script.version())
                    .bind("description", script.description())
                    .execute();
        }
        return pending.stream().map(Script::version).toList();
    }

    /** The script's statements: comment lines dropped, split at semicolons (the scripts hold no other ones). */
    static List<String> statementsOf(Script script) {
        String text;
        try (InputStream in = SchemaMigration.class.getResourceAsStream("migration/" + script.resource())) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + script.resource());
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String withoutComments = text.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
