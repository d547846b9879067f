package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** Events fanned out to real HTTP endpoints on loopback: signatures, filters, retries, dead letters, replay. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ForwardingEndToEndTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static CustomerSink sink;
    private GatewayClient gateway;
    private String project;
    private String business;

    @BeforeAll
    static void startSink() throws Exception {
        sink = new CustomerSink();
    }

    @AfterAll
    static void stopSink() {
        sink.close();
    }

    @BeforeEach
    void newProject() {
        gateway = new GatewayClient(APP.getLocalPort());
        project = "proj-" + UUID.randomUUID();
        business = "91" + (7_000_000_000L + (long) (Math.random() * 999_999_999L));
        assertThat(gateway.put("/api/v1/projects/" + project + "/numbers/" + business, "").status()).isEqualTo(200);
    }

    private JsonNode configure(String path, String topics, String statusFilter) {
        GatewayClient.Answer answer = gateway.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"%s","topics":%s,"status_filter":%s}"""
                .formatted(project, sink.url(path), topics, statusFilter));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json();
    }

    private String status(String mid, String status) {
        return Payloads.datagenStatus(mid, status, 1767261605000L).replace(Payloads.BUSINESS, business);
    }

    private static String uniquePath() {
        return "/hook-" + UUID.randomUUID();
    }

    @Test
    void fansOutToEveryMatchingEndpointOnceSignedBothWays() throws Exception {
        String all = uniquePath();
        String deliveredOnly = uniquePath();
        String inboundOnly = uniquePath();
        JsonNode everything = configure(all, "[\"*\", \"datagen.*\", \"message.status\"]", "[]");
        configure(deliveredOnly, "[\"*.delivery\"]", "[\"delivered\"]");
        configure(inboundOnly, "[\"message.inbound\"]", "[]");
        String mid = "9" + System.nanoTime();

        gateway.post("/webhook/datagen", status(mid, "sent"));
        gateway.post("/webhook/datagen", status(mid, "delivered"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sink.receivedAt(all)).hasSize(2);
            assertThat(sink.receivedAt(deliveredOnly)).hasSize(1);
        });
        assertThat(sink.receivedAt(inboundOnly)).isEmpty();

        CustomerSink.Received received = sink.receivedAt(deliveredOnly).getFirst();
        JsonNode body = JSON.readTree(received.body());
        assertThat(body.get("event_type").asText()).isEqualTo("datagen.delivery");
        assertThat(body.get("event_id").asText()).isEqualTo(received.header("X-Event-ID"));
        assertThat(body.get("data").get("events").get("mid").asText()).isEqualTo(mid);
        assertThat(body.get("message").get("status").asText()).isEqualTo("delivered");
        assertThat(body.get("message").get("project_owner_id").asText()).isEqualTo(project);
        assertThat(received.header("User-Agent")).isEqualTo("ZEN-Webhook-Forwarder/1.0");
        assertThat(received.header("X-Attempt-Count")).isEqualTo("1");

        CustomerSink.Received signed = sink.receivedAt(all).getFirst();
        String sharedSecret = everything.get("shared_secret").asText();
        assertThat(signed.header("X-Webhook-Signature"))
                .isEqualTo(HexFormat.of().formatHex(hmac(sharedSecret.getBytes(StandardCharsets.UTF_8), signed.body())));
        String signingSecret = everything.get("signing_secret").asText();
        byte[] key = Base64.getDecoder().decode(signingSecret.substring("whsec_".length()));
        String content = signed.header("webhook-id") + "." + signed.header("webhook-timestamp") + "."
                + new String(signed.body(), StandardCharsets.UTF_8);
        assertThat(signed.header("webhook-signature"))
                .isEqualTo("v1," + Base64.getEncoder().encodeToString(hmac(key, content.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void inboundMessagesReachTheirSubscribers() throws Exception {
        String inbound = uniquePath();
        configure(inbound, "[\"message.inbound\"]", "[\"read\"]");

        gateway.post("/webhook/datagen", Payloads.datagenInbound("in-" + System.nanoTime(), "hello").replace(Payloads.BUSINESS, business));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sink.receivedAt(inbound)).hasSize(1));
        JsonNode body = JSON.readTree(sink.receivedAt(inbound).getFirst().body());
        assertThat(body.get("event_type").asText()).isEqualTo("datagen.user_message");
        assertThat(body.get("message").get("text").asText()).isEqualTo("hello");
    }

    @Test
    void serverErrorsAreRetriedUntilTheReceiverTakesIt() {
        String flaky = uniquePath();
        sink.answer(flaky, 500, 503);
        configure(flaky, "[\"*\"]", "[]");

        gateway.post("/webhook/datagen", status("9" + System.nanoTime(), "delivered"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sink.receivedAt(flaky)).hasSize(3));
        assertThat(sink.receivedAt(flaky)).extracting(r -> r.header("X-Attempt-Count")).containsExactly("1", "2", "3");
        assertThat(sink.receivedAt(flaky)).extracting(r -> r.header("webhook-id")).containsOnly(sink.receivedAt(flaky).getFirst().header("webhook-id"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode logs = gateway.get("/api/v1/webhooks/logs/" + project).json();
            assertThat(logs.get("items").get(0).get("status").asText()).isEqualTo("delivered");
            assertThat(logs.get("items").get(0).get("attempts")).hasSize(3);
        });
    }

    @Test
    void aPermanentRefusalIsDeadLetteredAndAReplayDeliversIt() {
        String refusing = uniquePath();
        sink.answer(refusing, 400);
        configure(refusing, "[\"*\"]", "[]");

        String mid = "9" + System.nanoTime();
        gateway.post("/webhook/datagen", status(mid, "delivered"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(gateway.get("/api/v1/webhooks/dlq/" + project).json().get("items")).hasSize(1));
        JsonNode deadLetter = gateway.get("/api/v1/webhooks/dlq/" + project).json().get("items").get(0);
        String deliveryId = deadLetter.get("delivery_id").asText();
        // it names its message, and shows what was sent
        assertThat(deadLetter.get("topic").asText()).isEqualTo("datagen.delivery");
        assertThat(deadLetter.get("wamid").asText()).isEqualTo(mid);
        assertThat(deadLetter.get("message_status").asText()).isEqualTo("delivered");
        assertThat(deadLetter.get("customer_number").asText()).isEqualTo("+919800000001");
        assertThat(deadLetter.get("body").asText()).contains("\"event_type\":\"datagen.delivery\"").contains(mid);
        assertThat(deadLetter.get("body_truncated").asBoolean()).isFalse();
        assertThat(gateway.get("/api/v1/webhooks/dlq/" + project + "?wamid=" + mid).json().get("items")).hasSize(1);
        assertThat(gateway.get("/api/v1/webhooks/dlq/" + project + "?wamid=wamid.other").json().get("items")).isEmpty();
        assertThat(gateway.get("/api/v1/webhooks/logs/" + project + "?customer_number=919800000001").json().get("items")).hasSize(1);
        assertThat(gateway.get("/api/v1/webhooks/logs/" + project + "?customer_number=919800000002").json().get("items")).isEmpty();

        GatewayClient.Answer replayed = gateway.post("/api/v1/webhooks/dlq/replay", "{\"delivery_ids\":[\"" + deliveryId + "\"]}");

        assertThat(replayed.json().get("replayed").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sink.receivedAt(refusing)).hasSize(2);
            assertThat(gateway.get("/api/v1/webhooks/dlq/" + project).json().get("items")).isEmpty();
        });
        assertThat(sink.receivedAt(refusing)).extracting(r -> r.header("X-Event-ID")).containsOnly(sink.receivedAt(refusing).getFirst().header("X-Event-ID"));
        JsonNode stats = gateway.get("/api/v1/webhooks/stats/" + project).json();
        assertThat(stats.get("delivered").asLong()).isEqualTo(1);
        assertThat(stats.get("failed_attempts").asLong()).isEqualTo(1);
    }

    @Test
    void aRetryAfterIsWaitedOutBeforeTheNextAttempt() {
        String busy = uniquePath();
        sink.answerRetryAfter(busy, 429, 2);
        configure(busy, "[\"*\"]", "[]");

        gateway.post("/webhook/datagen", status("9" + System.nanoTime(), "delivered"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sink.receivedAt(busy)).hasSize(2));
        Duration waited = Duration.between(sink.receivedAt(busy).get(0).at(), sink.receivedAt(busy).get(1).at());
        assertThat(waited).as("the schedule alone would retry after 300 ms").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void theMetricsShowWhatWaitsToBeProcessedAndDelivered() {
        String busy = uniquePath();
        sink.answerRetryAfter(busy, 429, 4);
        configure(busy, "[\"*\"]", "[]");
        long processedBefore = metrics().meter("zen.processing.envelopes").getCount();

        gateway.post("/webhook/datagen", status("9" + System.nanoTime(), "delivered"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(sink.receivedAt(busy)).hasSize(1);
            assertThat(gauge("zen.forwarding.unfinished")).as("told to come back in 4 s").isGreaterThanOrEqualTo(1);
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sink.receivedAt(busy)).hasSize(2);
            assertThat(gauge("zen.forwarding.unfinished")).isZero();
            assertThat(gauge("zen.queue.inbound.backlog")).isZero();
        });
        assertThat(metrics().meter("zen.processing.envelopes").getCount()).isGreaterThan(processedBefore);
    }

    private static MetricRegistry metrics() {
        return APP.getEnvironment().metrics();
    }

    private static long gauge(String name) {
        return ((Number) metrics().getGauges().get(name).getValue()).longValue();
    }

    @Test
    void aFailingUrlsBreakerOpensAfterTheThresholdAndClosesWhenItRecovers() {
        String failing = uniquePath();
        sink.answer(failing, 500, 500, 500, 500, 500);
        configure(failing, "[\"*\"]", "[]");
        GatewayClient admin = new GatewayClient(APP.getAdminPort());

        gateway.post("/webhook/datagen", status("9" + System.nanoTime(), "delivered"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(gateway.get("/api/v1/webhooks/dlq/" + project).json().get("items")).hasSize(1));
        gateway.post("/webhook/datagen", status("9" + System.nanoTime(), "delivered"));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(admin.post("/tasks/reset-circuit-breaker", "").text()).contains("OPEN " + sink.url(failing)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode stats = gateway.get("/api/v1/webhooks/stats/" + project).json();
            assertThat(stats.get("delivered").asLong()).isEqualTo(1);
            assertThat(stats.get("endpoints").get(0).get("circuit_state").asText()).isEqualTo("CLOSED");
        });
        assertThat(sink.receivedAt(failing)).hasSize(6);
    }

    @Test
    void endpointsAreListedMaskedAndChangesApplyToTheNextEvent() {
        String first = uniquePath();
        String second = uniquePath();
        JsonNode endpoint = configure(first, "[\"*\"]", "[]");
        String id = endpoint.get("id").asText();

        JsonNode listed = gateway.get("/api/v1/webhooks/config/" + project).json().get("endpoints").get(0);
        assertThat(listed.get("shared_secret").asText()).startsWith("****");
        assertThat(listed.get("signing_secret").asText()).startsWith("****");

        GatewayClient.Answer moved = gateway.put("/api/v1/webhooks/config/" + project + "/" + id,
                "{\"webhook_url\":\"" + sink.url(second) + "\",\"topics\":[\"*\"]}");
        assertThat(moved.status()).isEqualTo(200);
        gateway.post("/webhook/datagen", status("9" + System.nanoTime(), "delivered"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sink.receivedAt(second)).hasSize(1));
        assertThat(sink.receivedAt(first)).isEmpty();
        assertThat(gateway.delete("/api/v1/webhooks/config/" + project + "/" + id).status()).isEqualTo(204);
        assertThat(gateway.get("/api/v1/webhooks/config/" + project).json().get("endpoints")).isEmpty();
    }

    @Test
    void refusesPrivateUrlsOutsideTheAllowlistAndBadPatterns() {
        GatewayClient.Answer metadata = gateway.post("/api/v1/webhooks/configure",
                "{\"project_owner_id\":\"p\",\"webhook_url\":\"http://169.254.169.254/latest\",\"topics\":[\"*\"]}");
        assertThat(metadata.status()).isEqualTo(400);
        assertThat(metadata.json().get("error").asText()).contains("not allowed");

        GatewayClient.Answer pattern = gateway.post("/api/v1/webhooks/configure",
                "{\"project_owner_id\":\"p\",\"webhook_url\":\"https://example.com\",\"topics\":[\"a..b\"]}");
        assertThat(pattern.status()).isEqualTo(400);

        GatewayClient.Answer notJson = gateway.post("/api/v1/webhooks/configure", "{nope");
        assertThat(notJson.status()).isEqualTo(400);
    }

    private static byte[] hmac(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }
}
