package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Malformed and adversarial bodies against every webhook endpoint: never a 5xx, every refused body that was read
 * is in quarantine under the id the answer gave, and the consumer still processes good webhooks afterwards.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebhookFuzzTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private static final List<String> PATHS = List.of("/webhook/datagen", "/webhook/karix", "/webhook/aisensy",
            "/webhook/meta", "/webhook/twilio", "/webhook/gupshup", "/datagen-webhook", "/partner-webhook");

    private static final List<String> SEEDS = List.of(
            Payloads.datagenStatus("fuzz-1", "delivered", 1767261605000L),
            Fixtures.read("aisensy/status-delivered.json"),
            Fixtures.read("meta/statuses-read-and-failed.json"),
            Fixtures.read("gupshup/delivered.json"),
            Fixtures.read("twilio/status-delivered.form"));

    /** Characters that break JSON and form encodings in the most ways. */
    private static final String NOISE = "{}[]\":,0aZ\\\u0000é%&=";

    private static List<byte[]> adversarialBodies() {
        List<byte[]> bodies = new ArrayList<>();
        Random random = new Random(20261122);
        for (String seed : SEEDS) {
            for (int cut : new int[] {1, seed.length() / 3, seed.length() / 2, seed.length() - 2}) {
                bodies.add(seed.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < 6; i++) {
                char[] chars = seed.toCharArray();
                for (int flips = 0; flips < 4; flips++) {
                    chars[random.nextInt(chars.length)] = NOISE.charAt(random.nextInt(NOISE.length()));
                }
                bodies.add(new String(chars).getBytes(StandardCharsets.UTF_8));
            }
            bodies.add(seed.replace("\"delivered\"", "42").replace("\"timestamp\"", "\"timestamp\":{},\"x\"").getBytes(StandardCharsets.UTF_8));
        }
        bodies.add("[".repeat(5_000).getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"a\":" .repeat(3_000) + "1" + "}".repeat(3_000)).getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"channel\":\"" + "x".repeat(900_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, 3});
        bodies.add("null".getBytes(StandardCharsets.UTF_8));
        bodies.add("123".getBytes(StandardCharsets.UTF_8));
        bodies.add("\"just a string\"".getBytes(StandardCharsets.UTF_8));
        bodies.add("[]".getBytes(StandardCharsets.UTF_8));
        bodies.add("[1, \"two\", null, {}]".getBytes(StandardCharsets.UTF_8));
        bodies.add("   \n\t ".getBytes(StandardCharsets.UTF_8));
        bodies.add("a=1&b=%zz&c".getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    @Test
    void noBodyEverGetsAServerErrorAndEveryRefusalIsAccountedFor() {
        GatewayClient gateway = new GatewayClient(APP.getLocalPort());
        Set<String> quarantinedIds = new HashSet<>();
        List<byte[]> bodies = adversarialBodies();
        int requests = 0;
        for (String path : PATHS) {
            for (byte[] body : bodies) {
                for (String contentType : new String[] {"application/json", "application/x-www-form-urlencoded"}) {
                    GatewayClient.Answer answer = gateway.postBytes(path, body, contentType);
                    requests++;
                    assertThat(answer.status()).as("%s %s: %s", path, contentType, answer.text()).isLessThan(500);
                    assertThat(answer.status()).isIn(200, 202, 400, 413);
                    if ((answer.status() == 400 || answer.status() == 202) && answer.json() != null && answer.json().has("id")) {
                        quarantinedIds.add(answer.json().get("id").asText());
                    }
                }
            }
        }

        assertThat(requests).isGreaterThan(1000);
        assertThat(quarantinedIds).isNotEmpty();
        GatewayClient.Answer quarantine = gateway.get("/api/v1/quarantine?limit=500");
        assertThat(quarantine.json().get("total").asLong()).isGreaterThanOrEqualTo(quarantinedIds.size());
        String mid = "after-fuzz";
        assertThat(gateway.post("/webhook/datagen", Payloads.datagenStatus(mid, "read", 1767261609000L)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(gateway.get("/api/v1/messages/" + mid).status()).isEqualTo(200));
    }
}
