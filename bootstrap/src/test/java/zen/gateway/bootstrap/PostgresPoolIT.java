package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.ManagedDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import zen.gateway.bootstrap.config.DatabaseUrl;

/** The pool the gateway opens for {@code DATABASE_URL}, against the real PostgreSQL on 127.0.0.1:5432. */
class PostgresPoolIT {

    private static ManagedDataSource pool() {
        return StorageFactory.postgresPool(DatabaseUrl.parse("postgresql://postgres@127.0.0.1:5432/test"))
                .build(new MetricRegistry(), "postgresql-pool-test");
    }

    @Test
    void everyConnectionPlansEachStatementForTheValuesItIsGiven() throws Exception {
        ManagedDataSource pool = pool();
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("SHOW plan_cache_mode")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("force_custom_plan");
        } finally {
            pool.stop();
        }
    }

    @Test
    void aBatchOfInsertsGoesAsMultiRowInserts() throws Exception {
        ManagedDataSource pool = pool();
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE pool_batch_probe (n INT)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pool_batch_probe (n) VALUES (?)")) {
                for (int n = 1; n <= 4; n++) {
                    insert.setInt(1, n);
                    insert.addBatch();
                }
                // rewritten (in chunks of powers of two), the rows are one statement: each reports "succeeded, count unknown"
                assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO);
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pool_batch_probe")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(4);
            }
        } finally {
            pool.stop();
        }
    }
}
