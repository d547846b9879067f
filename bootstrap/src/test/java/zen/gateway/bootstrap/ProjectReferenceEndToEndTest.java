package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * From a verified source, a Datagen payload's own project reference chooses the project even against the number's
 * mapping: the mark ingest sets survives the queue (the embedded store's table here). The unverified side is in
 * {@link TrackingScenarios}, on every store and transport.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProjectReferenceEndToEndTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-verified.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("webhooks.sources.datagen.rateLimitPerSecond", "0"));

    @Test
    void aVerifiedSourcesReferenceChoosesTheProject() {
        GatewayClient gateway = new GatewayClient(APP.getLocalPort());
        String mid = "9" + System.nanoTime();
        String business = "91" + (7_000_000_000L + System.nanoTime() % 999_999_999L);
        assertThat(gateway.put("/api/v1/projects/number-owner/numbers/" + business, "").status()).isEqualTo(200);
        String body = Payloads.datagenStatus(mid, "delivered", 1767261605000L).replace(Payloads.BUSINESS, business)
                .replace("\"reference\":{\"cust_ref\":\"gw-1\"}", "\"reference\":{\"project_owner_id\":\"referenced\"}");

        assertThat(gateway.post("/webhook/datagen?token=datagen-token", body).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            GatewayClient.Answer message = gateway.get("/api/v1/messages/" + mid);
            assertThat(message.status()).isEqualTo(200);
            assertThat(message.json().get("project_owner_id").asText()).isEqualTo("referenced");
        });
    }
}
