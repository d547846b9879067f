package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Retention through the whole gateway: with inbound messages kept 3 seconds and the schedule off, the admin task
 * removes a message once it is older than that, leaves a younger one, and counts what it removed.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RetentionEndToEndTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("retention.enabled", "false"),
            ConfigOverride.config("retention.conversations", "3s"));

    private final GatewayClient gateway = new GatewayClient(APP.getLocalPort());
    private final GatewayClient admin = new GatewayClient(APP.getAdminPort());

    private String inbound(String business) {
        String mid = "8" + (long) (Math.random() * 1e15);
        String body = """
                {"channel":"WABA","events":{"eventType":"User initiated","timestamp":"1767261900000","mid":"%s"},
                 "eventContent":{"message":{"from":"919800000001","to":"%s","contentType":"text","text":{"body":"hi"}}}}
                """.formatted(mid, business);
        assertThat(gateway.post("/webhook/datagen", body).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(gateway.get("/api/v1/messages/" + mid).status()).isEqualTo(200));
        return mid;
    }

    @Test
    void thePurgeRemovesWhatIsOlderThanItsPeriodAndKeepsTheRest() {
        String business = "91" + (4_000_000_000L + (long) (Math.random() * 999_999_999L));
        assertThat(gateway.put("/api/v1/projects/retention-" + UUID.randomUUID() + "/numbers/" + business, "").status())
                .isEqualTo(200);
        String old = inbound(business);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            GatewayClient.Answer purged = admin.post("/tasks/purge-expired");
            assertThat(purged.status()).isEqualTo(200);
            assertThat(gateway.get("/api/v1/messages/" + old).status()).isEqualTo(404);
        });
        String young = inbound(business);
        GatewayClient.Answer purged = admin.post("/tasks/purge-expired");

        assertThat(purged.text()).contains("conversations: 0 removed").contains("messages: 0 removed");
        assertThat(gateway.get("/api/v1/messages/" + young).status()).isEqualTo(200);
        assertThat(admin.get("/metrics").json().get("counters").get("zen.retention.removed.conversations").get("count").asLong())
                .isEqualTo(1);
    }
}
