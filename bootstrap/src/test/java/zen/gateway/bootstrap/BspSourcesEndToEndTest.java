package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Meta (and 360dialog), Twilio and Gupshup webhooks through the whole gateway: tracked by their ids and forwarded
 * with their own topics. The bodies are the normalizer fixtures composed from shared/bsp.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BspSourcesEndToEndTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static CustomerSink sink;
    private GatewayClient gateway;

    @BeforeAll
    static void startSink() throws Exception {
        sink = new CustomerSink();
    }

    @AfterAll
    static void stopSink() {
        sink.close();
    }

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(APP.getLocalPort());
    }

    private String subscribe(String project, String businessNumber, String topics) {
        gateway.put("/api/v1/projects/" + project + "/numbers/" + businessNumber, "");
        String path = "/" + project;
        GatewayClient.Answer answer = gateway.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"%s","topics":%s}""".formatted(project, sink.url(path), topics));
        assertThat(answer.status()).isEqualTo(201);
        return path;
    }

    private JsonNode awaitStatus(String id, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            GatewayClient.Answer answer = gateway.get("/api/v1/messages/" + id);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("current_status").asText()).isEqualTo(status);
            found[0] = answer.json();
        });
        return found[0];
    }

    @Test
    void metaStatusesInAnyOrderAndItsInboundMessagesAreTrackedAndForwarded() throws Exception {
        String hook = subscribe("meta-" + UUID.randomUUID(), "15550001111", "[\"meta.*\", \"message.inbound\"]");

        assertThat(gateway.post("/webhook/meta", Fixtures.read("meta/out-of-order-with-repeat.json")).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/meta", Fixtures.read("meta/inbound-text.json")).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/meta", Fixtures.read("meta/statuses-read-and-failed.json")).status()).isEqualTo(200);

        JsonNode message = awaitStatus("wamid.ORDER00000000000000000000000001", "read");
        assertThat(message.get("bsp").asText()).isEqualTo("meta");
        assertThat(message.get("business_number").asText()).isEqualTo("+15550001111");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sink.receivedAt(hook))
                .extracting(r -> JSON.readTree(r.body()).get("event_type").asText())
                .contains("meta.delivery", "meta.user_message"));
    }

    @Test
    void metaSubscriptionHandshakeIsRefusedWithoutAConfiguredToken() {
        GatewayClient.Answer answer = gateway.get("/webhook/meta?hub.mode=subscribe&hub.verify_token=x&hub.challenge=42");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("error").asText()).contains("ZEN_META_VERIFY_TOKEN");
    }

    @Test
    void twilioFormCallbacksAreTrackedByMessageSid() throws Exception {
        String hook = subscribe("twilio-" + UUID.randomUUID(), "+15550001111", "[\"twilio.delivery\"]");

        for (String fixture : new String[] {"status-sent.form", "status-read.form", "status-delivered.form"}) {
            GatewayClient.Answer answer = gateway.post("/webhook/twilio", Fixtures.read("twilio/" + fixture).strip(),
                    "application/x-www-form-urlencoded");
            assertThat(answer.status()).as(fixture + ": " + answer.text()).isEqualTo(200);
        }

        JsonNode message = awaitStatus("SM0000000000000000000000000000abcd", "read");
        assertThat(message.get("bsp").asText()).isEqualTo("twilio");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sink.receivedAt(hook)).hasSize(3));
        JsonNode forwarded = JSON.readTree(sink.receivedAt(hook).getFirst().body());
        assertThat(forwarded.get("data").get("MessageSid").asText()).isEqualTo("SM0000000000000000000000000000abcd");
    }

    @Test
    void gupshupEventsAreTrackedAndItsHealthCheckIsAnsweredButNotTracked() {
        subscribe("gupshup-" + UUID.randomUUID(), "AcmeShopApp", "[\"gupshup.*\"]");

        assertThat(gateway.post("/webhook/gupshup", Fixtures.read("gupshup/enqueued.json")).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/gupshup", Fixtures.read("gupshup/read.json")).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/gupshup", Fixtures.read("gupshup/delivered.json")).status()).isEqualTo(200);
        GatewayClient.Answer check = gateway.post("/webhook/gupshup", Fixtures.read("gupshup/platform-event-v3.json"));

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().get("events").asInt()).isZero();
        JsonNode message = awaitStatus("wamid.HBgMOTE5ODAwMDAwMDAxFQIAERgSMDAwMDAwMDAwMDAwMDAwMDAxAA==", "read");
        assertThat(message.get("bsp").asText()).isEqualTo("gupshup");
    }
}
