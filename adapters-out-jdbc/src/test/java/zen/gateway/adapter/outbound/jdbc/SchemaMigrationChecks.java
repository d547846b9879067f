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
        assertThat(versions).containsExactly(1);
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
