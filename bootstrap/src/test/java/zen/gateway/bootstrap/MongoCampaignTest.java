package zen.gateway.bootstrap;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** The campaign scenarios with the store selected by {@code mongoUri}, against an in-process MongoDB-compatible server. */
@ExtendWith(DropwizardExtensionsSupport.class)
class MongoCampaignTest extends CampaignScenarios {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress ADDRESS = bound();

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("mongoUri", "mongodb://127.0.0.1:" + ADDRESS.getPort()),
            ConfigOverride.config("databaseName", "zen_campaign_e2e"),
            ConfigOverride.config("mongoPartialIndexes", "false"));

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
    }

    private static InetSocketAddress bound() {
        MONGO.bind("127.0.0.1", 0);
        return MONGO.getLocalAddress();
    }
}
