package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zen.gateway.adapter.outbound.http.send.AiSensyStandIn;
import zen.gateway.adapter.outbound.http.send.BspStandIn;
import zen.gateway.adapter.outbound.http.send.GupshupStandIn;
import zen.gateway.adapter.outbound.http.send.HeldReply;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Gupshup and AiSensy echo none of our ids, so their status webhooks meet a send only by the id the BSP's reply
 * gives. A webhook may overtake that reply (the stand-in holds it back here): the reply then settles the send with
 * what the webhook said, a failure fails it, and in either order there is one send, found by the BSP's id, whose
 * status is the webhook's. The BSP's request timeout is long here, so a slow machine cannot turn the held reply
 * into a timeout.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StatusBeforeSendReplyTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("send.requestTimeout", "30s"),
            ConfigOverride.config("send.waitLimit", "30s"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static GupshupStandIn gupshup;
    private static AiSensyStandIn aisensy;
    private static GatewayClient gateway;

    enum Order { BEFORE, AFTER }

    @BeforeAll
    static void start() {
        gupshup = GupshupStandIn.start();
        aisensy = AiSensyStandIn.start();
        gateway = new GatewayClient(APP.getLocalPort());
    }

    @AfterAll
    static void stop() {
        gupshup.close();
        aisensy.close();
    }

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String bsp : List.of("gupshup", "aisensy")) {
            for (Order order : Order.values()) {
                for (String status : List.of("failed", "delivered")) {
                    cases.add(Arguments.of(bsp, order, status));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: a {2} webhook {1} the send reply")
    @MethodSource("cases")
    void theSendEndsAsItsWebhookSaysWithOneRecordInEitherOrder(String bsp, Order order, String status) {
        BspStandIn standIn = bsp.equals("gupshup") ? gupshup : aisensy;
        String project = bsp + "-" + UUID.randomUUID();
        SendScenarios.register(gateway, project, standIn, "+1555" + (1_000_000 + (long) (Math.random() * 8_999_999)));
        String to = "+9198" + (10_000_000 + (long) (Math.random() * 89_999_999));

        String id;
        String bspId;
        if (order == Order.BEFORE) {
            HeldReply reply = standIn.holdNext();
            CompletableFuture<GatewayClient.Answer> waiting = CompletableFuture.supplyAsync(() -> send(project, to, true));
            bspId = idIn(bsp, reply.body(PATIENCE));
            postStatus(bsp, bspId, to, status);
            Awaitility.await().atMost(PATIENCE).until(() -> gateway.get("/api/v1/messages/" + bspId).json()
                    .path("current_status").asText(), status::equals); // tracked, not yet joined to any send
            reply.release();
            GatewayClient.Answer answered = waiting.join();
            assertThat(answered.status()).as(answered.text()).isEqualTo(200);
            // the waiter hears what the webhook said: a failed message is not answered "accepted"
            assertThat(answered.json().get("status").asText()).isEqualTo(status.equals("failed") ? "failed" : "accepted");
            id = answered.json().get("message_id").asText();
        } else {
            id = send(project, to, false).json().get("message_id").asText();
            JsonNode accepted = SendScenarios.awaitState(gateway, id, "accepted");
            bspId = accepted.get(bsp.equals("gupshup") ? "bsp_message_id" : "wamid").asText();
            postStatus(bsp, bspId, to, status);
        }

        Awaitility.await().atMost(PATIENCE).until(() -> gateway.get("/api/v1/messages/" + id).json().path("status").asText(),
                status::equals);
        JsonNode send = gateway.get("/api/v1/messages/" + id).json();
        assertThat(gateway.get("/api/v1/messages/" + bspId).json().get("message_id").asText()).isEqualTo(id);
        assertThat(send.get("tracking").get("current_status").asText()).isEqualTo(status);
        if (order == Order.BEFORE && status.equals("failed")) {
            assertThat(send.get("send_state").asText()).isEqualTo("failed");
            assertThat(send.get("failure").get("code").asText()).isEqualTo(bsp.equals("gupshup") ? "1002" : "131026");
        } else {
            // a reply that came first was the truth then: the later webhook moves the lifecycle, not the send state
            assertThat(send.get("send_state").asText()).isEqualTo("accepted");
        }
        assertThat(standIn.requests().stream().filter(r -> r.body().contains(to.substring(1)))).hasSize(1);
    }

    private static GatewayClient.Answer send(String project, String to, boolean wait) {
        GatewayClient.Answer answer = gateway.post("/api/v1/messages/send", """
                {"project_owner_id":"%s","to":"%s","type":"text","text":{"body":"Your order has shipped"},"force":true,
                 "wait":%s}""".formatted(project, to, wait));
        assertThat(answer.status()).as(answer.text()).isIn(200, 202);
        return answer;
    }

    /** The id the BSP's reply carries: Gupshup's {@code messageId}, AiSensy's (Project API) {@code messages[0].id}. */
    private static String idIn(String bsp, String replyBody) {
        try {
            JsonNode reply = JSON.readTree(replyBody);
            return bsp.equals("gupshup") ? reply.get("messageId").asText() : reply.get("messages").get(0).get("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(replyBody, e);
        }
    }

    private static void postStatus(String bsp, String bspId, String to, String status) {
        String body = bsp.equals("gupshup") ? gupshupStatus(bspId, to, status) : aisensyStatus(bspId, to, status);
        GatewayClient.Answer answer = gateway.post("/webhook/" + bsp, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    /** A v2 message-event (bsp/gupshup.md): the Gupshup id in {@code id} and {@code gsId}. */
    private static String gupshupStatus(String gupshupId, String to, String status) {
        Map<String, Object> detail = status.equals("failed")
                ? Map.of("code", 1002, "reason", "Number Does Not Exists On WhatsApp")
                : Map.of("ts", System.currentTimeMillis() / 1000);
        return """
                {"app":"%s","timestamp":%d,"version":2,"type":"message-event",
                 "payload":{"id":"%s","gsId":"%s","type":"%s","destination":"%s","payload":%s}}"""
                .formatted(GupshupStandIn.APP_NAME, System.currentTimeMillis(), gupshupId, gupshupId, status, to.substring(1),
                        json(detail));
    }

    /** A Project API {@code message.status.updated} (bsp/aisensy.md): the wamid in {@code data.message.messageId}. */
    private static String aisensyStatus(String wamid, String to, String status) {
        String failure = status.equals("failed") ? "{\"code\":\"131026\",\"reason\":\"Message undeliverable\"}" : "{}";
        return """
                {"id":"%s","created_at":"2026-12-01T10:00:05.120Z","topic":"message.status.updated",
                 "project_id":"%s","delivery_attempt":"1",
                 "data":{"message":{"type":"message","id":"65f0c0ffee0000000000%s","messageId":"%s",
                 "project_id":"%s","phone_number":"%s","countryCode":"91","message_type":"TEXT",
                 "message_content":{"text":"Your order has shipped"},"status":"%s","is_HSM":false,
                 "sent_at":null,"delivered_at":null,"read_at":null,"failed_at":null,"failureResponse":%s}}}"""
                .formatted(UUID.randomUUID(), AiSensyStandIn.PROJECT_ID, String.format("%04x", (int) (Math.random() * 0xffff)),
                        wamid, AiSensyStandIn.PROJECT_ID, to.substring(1), status, failure);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
