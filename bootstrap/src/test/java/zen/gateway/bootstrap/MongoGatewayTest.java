package zen.gateway.bootstrap;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The tracking scenarios with the store selected by {@code mongoUri}: the official driver against an in-process
 * MongoDB-compatible server, which applies no partial indexes (hence {@code mongoPartialIndexes: false}).
 */
class MongoGatewayTest extends TrackingScenarios {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress ADDRESS = bound();

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("mongoUri", "mongodb://127.0.0.1:" + ADDRESS.getPort()),
            ConfigOverride.config("databaseName", "zen_e2e"),
            ConfigOverride.config("mongoPartialIndexes", "false"));
    // The server is left to end with the test JVM: every hook JUnit and Dropwizard offer runs before the gateway
    // has stopped, and a store vanishing under a running gateway only fills the log with its honest complaints.

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
    }

    private static InetSocketAddress bound() {
        MONGO.bind("127.0.0.1", 0);
        return MONGO.getLocalAddress();
    }

}
