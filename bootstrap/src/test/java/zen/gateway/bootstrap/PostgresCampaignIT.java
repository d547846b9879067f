package zen.gateway.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** The campaign scenarios with the store selected by {@code databaseUrl}: the real PostgreSQL on 127.0.0.1:5432. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PostgresCampaignIT extends CampaignScenarios {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String SCHEMA = "zen_campaign_" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("databaseUrl", () -> createSchema() + "&currentSchema=" + SCHEMA))
            .addListener(new DropwizardAppExtension.ServiceListener<>() {
                @Override
                public void onStop(DropwizardAppExtension<GatewayConfiguration> gateway) {
                    execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                }
            });

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
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
