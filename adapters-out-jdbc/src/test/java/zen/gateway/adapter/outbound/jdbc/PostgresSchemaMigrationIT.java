package zen.gateway.adapter.outbound.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSchemaMigrationIT extends SchemaMigrationChecks {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return DATABASE;
    }

    @Test
    void nodesStartingTogetherOnAnEmptyDatabaseApplyEachScriptOnce() throws Exception {
        String schema = TestDatabase.createSchema();
        JdbcConnectionPool pool = TestDatabase.pool(schema);
        int nodes = 4;
        ExecutorService starting = Executors.newFixedThreadPool(nodes);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JdbcStorage>> opened = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                opened.add(starting.submit(() -> {
                    go.await();
                    return JdbcStorage.postgres(pool);
                }));
            }
            go.countDown();
            for (Future<JdbcStorage> storage : opened) {
                storage.get(60, TimeUnit.SECONDS).close();
            }

            List<Integer> versions = Jdbi.create(pool).withHandle(handle -> handle.createQuery(
                    "SELECT version FROM schema_version").mapTo(Integer.class).list());
            assertThat(versions).containsExactlyInAnyOrderElementsOf(SchemaMigration.SCRIPTS.stream().map(SchemaMigration.Script::version).toList());
        } finally {
            starting.shutdownNow();
            pool.dispose();
            TestDatabase.dropSchema(schema);
        }
    }
}
