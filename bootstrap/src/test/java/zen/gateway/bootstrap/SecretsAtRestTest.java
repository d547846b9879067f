package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Endpoint secrets and API keys are not readable from the stores' raw rows and documents: secrets are sealed with the
 * master key, keys kept as their hash. (PostgreSQL: {@code PostgresGatewayIT}.)
 */
class SecretsAtRestTest {

    @TempDir
    Path dataDir;

    /** What a customer would have to keep secret: both secrets of an endpoint and a project key. */
    record Made(String sharedSecret, String signingSecret, String key) {}

    static Made configureAndMakeAKey(GatewayClient client) {
        String project = "sealed-" + UUID.randomUUID();
        JsonNode endpoint = client.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"http://127.0.0.1:9/x","topics":["*"]}""".formatted(project)).json();
        String key = new ApiKeys(client).create(project, List.of("read"));
        return new Made(endpoint.get("shared_secret").asText(), endpoint.get("signing_secret").asText(), key);
    }

    static void assertUnreadable(List<String> raw, Made made) {
        assertThat(raw).isNotEmpty().allSatisfy(row -> assertThat(row)
                .doesNotContain(made.sharedSecret())
                .doesNotContain(made.signingSecret())
                .doesNotContain(made.signingSecret().substring("whsec_".length()))
                .doesNotContain(made.key()));
        assertThat(String.join("\n", raw)).contains("zen:v1:");
    }

    @Test
    void onTheEmbeddedStore() throws Exception {
        DropwizardTestSupport<GatewayConfiguration> gateway = new DropwizardTestSupport<>(GatewayApplication.class,
                ResourceHelpers.resourceFilePath("test-gateway.yml"), ConfigOverride.config("dataDir", dataDir.toString()));
        gateway.before();
        Made made;
        try {
            made = configureAndMakeAKey(new GatewayClient(gateway.getLocalPort()));
        } finally {
            gateway.after();
        }

        List<String> raw = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
                Statement statement = connection.createStatement()) {
            for (String table : List.of("webhooks", "api_keys")) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
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
        assertUnreadable(raw, made);
    }

    @Test
    void onMongoDb() throws Exception {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
        DropwizardTestSupport<GatewayConfiguration> gateway = new DropwizardTestSupport<>(GatewayApplication.class,
                ResourceHelpers.resourceFilePath("test-gateway.yml"), ConfigOverride.config("dataDir", dataDir.toString()),
                ConfigOverride.config("mongoUri", uri), ConfigOverride.config("databaseName", "zen_sealed"),
                ConfigOverride.config("mongoPartialIndexes", "false"));
        gateway.before();
        try (MongoClient client = MongoClients.create(uri)) {
            Made made = configureAndMakeAKey(new GatewayClient(gateway.getLocalPort()));
            List<String> raw = new ArrayList<>();
            for (String collection : List.of("webhooks", "api_keys")) {
                client.getDatabase("zen_sealed").getCollection(collection).find().map(Document::toJson).into(raw);
            }
            assertUnreadable(raw, made);
        } finally {
            gateway.after();
            mongo.shutdownNow();
        }
    }
}
