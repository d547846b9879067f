package zen.gateway.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The tracking scenarios on the embedded default: H2 under the data directory, in-process queue. */
class EmbeddedGatewayTest extends TrackingScenarios {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
    }
}
