package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * An inbound message from each BSP that sends them, through the whole embedded gateway: kept, found by its id with
 * direction inbound, on its customer's timeline, and in a conversation whose window closes a day after it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InboundConversationsEndToEndTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private final GatewayClient gateway = new GatewayClient(APP.getLocalPort());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiterString = "|", value = {
            "meta    | meta/inbound-image.json     | 15550001111              | wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5ESU1BR0UwMDAwMDAxAA==   | +15550002222  | image | damaged box                  | 2026-01-01T00:01:41Z",
            "twilio  | twilio/inbound-text.form    | 15550001111              | SM0000000000000000000000000000ef00                                | +15550002222  | text  | Hi, where is my order?       | ",
            "gupshup | gupshup/inbound-text.json   | AcmeShopApp              | wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUSU5CT1VORDAwMDAwMDAwMDAwMQA=   | +919800000001 | text  | Where is my order?           | 2026-01-01T00:03:20Z",
            "karix   | karix/inbound-text.json     | 918000012345             | 910000000000000000000004                                          | +919811100002 | text  | Need help with OTP           | 2026-01-01T10:11:40Z",
            "aisensy | aisensy/sender-user-text.json | 65f0c0ffee0000000000b002 | wamid.HBgMOTE5ODAwMDAwMDAzFQIAEhgUQUlTRU5TWUlOQk9VTkQwMDEwAA== | +919800000003 | text  | Is the store open on Sunday? | 2026-01-01T10:06:00Z"})
    void anInboundMessageIsFoundAndOpensItsConversation(String bsp, String fixture, String business, String id, String customer,
            String type, String text, String timestamp) {
        String project = "inbound-" + bsp;
        assertThat(gateway.put("/api/v1/projects/" + project + "/numbers/" + business, "").status()).isIn(200, 409);
        String body = Fixtures.read(fixture).strip();
        GatewayClient.Answer answer = fixture.endsWith(".form")
                ? gateway.post("/webhook/" + bsp, body, "application/x-www-form-urlencoded")
                : gateway.post("/webhook/" + bsp, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);

        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            GatewayClient.Answer message = gateway.get("/api/v1/messages/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            assertThat(message.status()).isEqualTo(200);
            found[0] = message.json();
        });
        JsonNode message = found[0];
        assertThat(message.get("direction").asText()).isEqualTo("inbound");
        assertThat(message.get("bsp").asText()).isEqualTo(bsp);
        assertThat(message.get("phone_number").asText()).isEqualTo(customer);
        assertThat(message.get("type").asText()).isEqualTo(type);
        assertThat(message.get("text").asText()).isEqualTo(text);
        String owner = message.get("project_owner_id").asText();
        Instant at = Instant.parse(message.get("timestamp").asText());
        if (timestamp != null) {
            assertThat(at).isEqualTo(Instant.parse(timestamp));
        }

        String customerPath = URLEncoder.encode(customer, StandardCharsets.UTF_8);
        JsonNode timeline = gateway.get("/api/v1/conversations/" + owner + "/" + customerPath + "?limit=100").json();
        assertThat(timeline.get("items")).extracting(item -> item.get("wamid").asText()).contains(id);
        JsonNode conversations = gateway.get("/api/v1/conversations/" + owner + "?limit=100").json();
        JsonNode conversation = null;
        for (JsonNode c : conversations.get("items")) {
            if (c.get("customer_number").asText().equals(customer)) {
                conversation = c;
            }
        }
        assertThat(conversation).as("a conversation with " + customer).isNotNull();
        JsonNode window = conversation.get("customer_service_window");
        Instant lastInbound = Instant.parse(window.get("last_inbound_at").asText());
        assertThat(lastInbound).isAfterOrEqualTo(at);
        assertThat(Instant.parse(window.get("open_until").asText())).isEqualTo(lastInbound.plus(Duration.ofHours(24)));
        assertThat(window.get("open").asBoolean()).isEqualTo(Instant.now().isBefore(lastInbound.plus(Duration.ofHours(24))));
    }
}
