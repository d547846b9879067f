package zen.gateway.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** The tracking scenarios with the store selected by {@code databaseUrl}: the real PostgreSQL on 127.0.0.1:5432. */
class PostgresGatewayIT extends TrackingScenarios {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String SCHEMA = "zen_e2e_" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    static Path dataDir;

    // Created while the class loads: the gateway starts (and migrates the schema) before any @BeforeAll runs.
    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("databaseUrl", () -> createSchema() + "&currentSchema=" + SCHEMA))
            .addListener(new DropwizardAppExtension.ServiceListener<>() {
                @Override
                public void onStop(DropwizardAppExtension<GatewayConfiguration> gateway) {
                    execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE"); // once the gateway no longer uses it
                }
            });

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
    }

    @Test
    void secretsAndKeysAreNotReadableFromTheRawRows() throws SQLException {
        SecretsAtRestTest.Made made = SecretsAtRestTest.configureAndMakeAKey(new GatewayClient(APP.getLocalPort()));

        List<String> raw = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            for (String table : List.of("webhooks", "api_keys")) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + SCHEMA + "." + table)) {
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                            row.append(rows.getString(column)).append('|');
                        }
                        raw.add(row.toString());
                    }
                }
            }
        }
        SecretsAtRestTest.assertUnreadable(raw, made);
        assertThat(raw).hasSizeGreaterThanOrEqualTo(2);
    }

    private static String createSchema() {
        execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        return SERVER;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is needed for this test: " + e.getMessage(), e);
        }
    }
}
