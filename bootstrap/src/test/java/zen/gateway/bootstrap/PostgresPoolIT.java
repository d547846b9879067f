package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.ManagedDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The pool the gateway opens for {@code DATABASE_URL}, against the real PostgreSQL on 127.0.0.1:5432. */
class PostgresPoolIT {

    @Test
    void everyConnectionPlansEachStatementForTheValuesItIsGiven() throws Exception {
        ManagedDataSource pool = StorageFactory.postgresPool(DatabaseUrl.parse("postgresql://postgres@127.0.0.1:5432/test"))
                .build(new MetricRegistry(), "postgresql-pool-test");
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("SHOW plan_cache_mode")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("force_custom_plan");
        } finally {
            pool.stop();
        }
    }
}
