package zen.gateway.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The campaign scenarios on the production transport with the embedded store: webhooks, inbound processing and
 * deliveries through the real RabbitMQ on 127.0.0.1:5672, queues suffixed per run with a mark of their own, so that
 * clearing earlier runs' queues touches no other test's.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RabbitCampaignIT extends CampaignScenarios {

    private static final String MARK = "-e2ecampaign-";
    private static final String SUFFIX = MARK + UUID.randomUUID().toString().substring(0, 8)
            + RabbitGatewayIT.deleteQueuesOfEarlierRuns(MARK);

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("rabbitmqUrl", "amqp://guest:guest@127.0.0.1:5672/"),
            ConfigOverride.config("rabbitmq.queueSuffix", SUFFIX));

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
    }
}
