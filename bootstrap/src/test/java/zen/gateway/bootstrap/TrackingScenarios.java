package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The whole gateway, BSP webhooks in and tracking answers out, run once per store the configuration can select
 * (each subclass starts the gateway on one): the same assertions for every store.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
abstract class TrackingScenarios {

    private GatewayClient gateway;

    /** The running gateway under test. */
    abstract DropwizardAppExtension<GatewayConfiguration> app();

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(app().getLocalPort());
    }

    private JsonNode awaitMessage(String id, String status) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            GatewayClient.Answer answer = gateway.get("/api/v1/messages/" + id);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("current_status").asText()).isEqualTo(status);
            found.add(answer.json());
        });
        return found.getLast();
    }

    @Test
    void healthAnswersOnBothPaths() {
        assertThat(gateway.get("/").json().get("status").asText()).isEqualTo("healthy");
        assertThat(gateway.get("/health").json().get("status").asText()).isEqualTo("healthy");
    }

    /** Issue 17: a forger named any project in Datagen's reference; from an unverified source only the number counts. */
    @Test
    void aProjectReferenceFromAnUnverifiedSourceDoesNotChooseTheProject() {
        String mid = "9" + System.nanoTime();
        String business = "91" + (7_000_000_000L + System.nanoTime() % 999_999_999L);
        String owner = "owner-" + mid;
        assertThat(gateway.put("/api/v1/projects/" + owner + "/numbers/" + business, "").status()).isEqualTo(200);
        String forged = Payloads.datagenStatus(mid, "read", 1767261609000L).replace(Payloads.BUSINESS, business)
                .replace("\"reference\":{\"cust_ref\":\"gw-1\"}", "\"reference\":{\"project_owner_id\":\"victim\"}");

        assertThat(gateway.post("/webhook/datagen", forged).status()).isEqualTo(200);

        assertThat(awaitMessage(mid, "read").get("project_owner_id").asText()).isEqualTo(owner);
    }

    @Test
    void outOfOrderAndRepeatedStatusesEndInTheBestOne() {
        String mid = "900000000000000000000101";
        for (String body : List.of(
                Payloads.datagenStatus(mid, "read", 1767261609000L),
                Payloads.datagenStatus(mid, "sent", 1767261603000L),
                Payloads.datagenStatus(mid, "Delivered", 1767261605000L),
                Payloads.datagenStatus(mid, "read", 1767261609000L))) {
            GatewayClient.Answer answer = gateway.post("/webhook/datagen", body);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("status").asInt()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(gateway.get("/api/v1/messages/" + mid).json().get("status_history")).hasSize(3));
        JsonNode message = awaitMessage(mid, "read");
        assertThat(message.get("bsp").asText()).isEqualTo("datagen");
        assertThat(message.get("sent_at").asText()).isEqualTo("2026-01-01T10:00:03Z");
        assertThat(message.get("delivered_at").asText()).isEqualTo("2026-01-01T10:00:05Z");
        assertThat(message.get("read_at").asText()).isEqualTo("2026-01-01T10:00:09Z");
        assertThat(message.get("phone_number").asText()).isEqualTo("+919800000001");
        assertThat(message.get("campaign_id").asText()).isEqualTo("camp-7");
    }

    @Test
    void aBatchArrayOnTheLegacyPathBecomesOneEventPerElement() {
        String batch = "[" + Payloads.datagenStatus("900000000000000000000201", "sent", 1767261603000L) + ","
                + Payloads.datagenStatus("900000000000000000000202", "failed", 1767261604000L) + "]";

        GatewayClient.Answer answer = gateway.post("/datagen-webhook", batch);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("events").asInt()).isEqualTo(2);
        awaitMessage("900000000000000000000201", "sent");
        awaitMessage("900000000000000000000202", "failed");
    }

    @Test
    void aisensyStatusesAreTrackedByWamidOnBothPaths() {
        String wamid = "wamid.HBgMOTE5ODAwMDAwMDAxFQIAERgSQUlTRU5TWVRFU1QwMDAwMQA=";
        assertThat(gateway.post("/webhook/aisensy", Payloads.aisensyStatus("65f0c0ffee0000000000a001", wamid, "DELIVERED")).status())
                .isEqualTo(200);
        assertThat(gateway.post("/partner-webhook", Payloads.aisensyStatus("65f0c0ffee0000000000a002", wamid, "READ")).status())
                .isEqualTo(200);

        JsonNode message = awaitMessage(wamid, "read");
        assertThat(message.get("bsp").asText()).isEqualTo("aisensy");
    }

    @Test
    void aSentMessageRegisteredThroughTheApiIsJoinedByItsWebhooks() {
        String mid = "900000000000000000000301";
        GatewayClient.Answer tracked = gateway.post("/api/v1/messages/track", """
                {"bsp_message_id":"%s","bsp":"datagen","phone_number":"919800000001","business_number":"%s",
                 "project_owner_id":"proj-track","campaign_id":"camp-9"}""".formatted(mid, Payloads.BUSINESS));
        assertThat(tracked.status()).isEqualTo(201);
        assertThat(tracked.json().get("current_status").asText()).isEqualTo("sent");

        gateway.post("/webhook/datagen", Payloads.datagenStatus(mid, "delivered", 1767261605000L));

        JsonNode message = awaitMessage(mid, "delivered");
        assertThat(message.get("project_owner_id").asText()).isEqualTo("proj-track");
        assertThat(message.get("campaign_id").asText()).isEqualTo("camp-9");
        GatewayClient.Answer listed = gateway.get("/api/v1/messages?project_owner_id=proj-track&limit=10");
        assertThat(listed.json().get("items")).hasSize(1);
        GatewayClient.Answer stats = gateway.get("/api/v1/messages/stats?project_owner_id=proj-track");
        assertThat(stats.json().get("total").asLong()).isEqualTo(1);
        assertThat(stats.json().get("by_status").get("delivered").asLong()).isEqualTo(1);
        assertThat(stats.json().get("delivery_rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void badInputIsAnsweredClearlyAndKept() {
        GatewayClient.Answer broken = gateway.post("/webhook/datagen", "{\"channel\": \"WABA\", ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("status").asInt()).isEqualTo(400);
        assertThat(broken.json().get("error").asText()).isNotBlank();

        GatewayClient.Answer unknownShape = gateway.post("/webhook/datagen", "{\"hello\":\"world\"}");
        assertThat(unknownShape.status()).isEqualTo(202);
        assertThat(unknownShape.json().get("reason").asText()).isNotBlank();

        assertThat(gateway.post("/webhook/nobody", "{}").status()).isEqualTo(404);
        assertThat(gateway.post("/webhook/datagen", "x".repeat(1024 * 1024 + 1)).status()).isEqualTo(413);
        assertThat(gateway.get("/api/v1/messages/no-such-message").status()).isEqualTo(404);
        assertThat(gateway.get("/api/v1/messages?status=opened").status()).isEqualTo(400);
    }

    @Test
    void projectNumbersAreManagedInCanonicalForm() {
        GatewayClient.Answer assigned = gateway.put("/api/v1/projects/proj-numbers/numbers/%2B91%2098000%2011111", "");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("business_number").asText()).isEqualTo("+919800011111");
        assertThat(gateway.get("/api/v1/projects/proj-numbers/numbers").json().get("numbers").get(0).asText())
                .isEqualTo("+919800011111");
        assertThat(gateway.delete("/api/v1/projects/proj-numbers/numbers/919800011111").status()).isEqualTo(204);
        assertThat(gateway.delete("/api/v1/projects/proj-numbers/numbers/919800011111").status()).isEqualTo(404);
    }

    @Test
    void anInboundMessageIsKeptOnceAndOpensItsConversationsWindow() {
        String project = "proj-conv-" + UUID.randomUUID();
        String business = "91" + (6_000_000_000L + (long) (Math.random() * 999_999_999L));
        String customer = "91" + (5_000_000_000L + (long) (Math.random() * 999_999_999L));
        String mid = "9" + (long) (Math.random() * 1e15);
        assertThat(gateway.put("/api/v1/projects/" + project + "/numbers/" + business, "").status()).isEqualTo(200);
        String inbound = """
                {"channel":"WABA","events":{"eventType":"User initiated","timestamp":"1767261900000","mid":"%s"},
                 "eventContent":{"message":{"from":"%s","to":"%s","contentType":"text","profileName":"Test User",
                 "text":{"body":"where is my order?"},"context":{"id":"wamid.OUT1"}}}}
                """.formatted(mid, customer, business);
        assertThat(gateway.post("/webhook/datagen", inbound).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/datagen", inbound).status()).isEqualTo(200);

        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            GatewayClient.Answer answer = gateway.get("/api/v1/messages/" + mid);
            assertThat(answer.status()).isEqualTo(200);
            found.add(answer.json());
        });
        JsonNode message = found.getLast();
        assertThat(message.get("direction").asText()).isEqualTo("inbound");
        assertThat(message.get("bsp").asText()).isEqualTo("datagen");
        assertThat(message.get("phone_number").asText()).isEqualTo("+" + customer);
        assertThat(message.get("business_number").asText()).isEqualTo("+" + business);
        assertThat(message.get("project_owner_id").asText()).isEqualTo(project);
        assertThat(message.get("type").asText()).isEqualTo("text");
        assertThat(message.get("text").asText()).isEqualTo("where is my order?");
        assertThat(message.get("context").asText()).isEqualTo("wamid.OUT1");
        assertThat(message.get("timestamp").asText()).isEqualTo("2026-01-01T10:05:00Z");

        JsonNode timeline = gateway.get("/api/v1/conversations/" + project + "/%2B" + customer).json();
        assertThat(timeline.get("items")).hasSize(1);
        assertThat(timeline.get("items").get(0).get("wamid").asText()).isEqualTo(mid);
        JsonNode conversations = gateway.get("/api/v1/conversations/" + project).json();
        assertThat(conversations.get("items")).hasSize(1);
        JsonNode conversation = conversations.get("items").get(0);
        assertThat(conversation.get("customer_number").asText()).isEqualTo("+" + customer);
        assertThat(conversation.get("last_message").get("direction").asText()).isEqualTo("inbound");
        // the message is from 2026-01-01: its window closed a day later
        assertThat(conversation.get("customer_service_window").get("open").asBoolean()).isFalse();
        assertThat(conversation.get("customer_service_window").get("open_until").asText()).isEqualTo("2026-01-02T10:05:00Z");

        JsonNode usage = gateway.get("/api/v1/usage/" + project
                + "?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&granularity=hour&group_by=bsp").json();
        assertThat(usage.get("buckets")).hasSize(1);
        assertThat(usage.get("buckets").get(0).get("start").asText()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(usage.get("buckets").get(0).get("group").asText()).isEqualTo("datagen");
        assertThat(usage.get("buckets").get(0).get("inbound").asLong()).isEqualTo(1);
        assertThat(usage.get("buckets").get(0).get("sent").asLong()).isZero();
        assertThat(gateway.get("/api/v1/usage/" + project + "?granularity=minute").status()).isEqualTo(400);
    }
}
