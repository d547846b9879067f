package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.adapter.outbound.http.send.BspStandIn;
import zen.gateway.adapter.outbound.http.send.MetaStandIn;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Sending through the whole gateway, against the Meta stand-in, run once per store (each subclass starts the gateway
 * on one): queued, sent once, accepted with the wamid, joined to its status webhooks; throttled then accepted;
 * refused; idempotent; unknown until a webhook settles it or its deadline fails it; events out.
 */
abstract class SendScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();
    static MetaStandIn meta;
    private GatewayClient gateway;
    private String project;
    private String number;

    /** The running gateway under test. */
    abstract DropwizardAppExtension<GatewayConfiguration> app();

    @BeforeAll
    static void startStandIn() {
        meta = MetaStandIn.start();
    }

    @AfterAll
    static void stopStandIn() {
        meta.releaseHung();
        meta.close();
    }

    @BeforeEach
    void aProjectWithAMetaSender() {
        gateway = new GatewayClient(app().getLocalPort());
        project = "send-" + UUID.randomUUID();
        number = "+1555" + (1_000_000 + (long) (Math.random() * 8_999_999));
        register(gateway, project, meta, number);
    }

    static JsonNode register(GatewayClient gateway, String project, BspStandIn standIn, String number) {
        ObjectNode body = JSON.createObjectNode().put("business_number", number).put("bsp", standIn.provider().id())
                .put("base_url", standIn.baseUrl().toString());
        standIn.credentials().forEach(body.putObject("credentials")::put);
        GatewayClient.Answer made = gateway.post("/api/v1/projects/" + project + "/senders", body.toString());
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        return made.json();
    }

    /** A text the sending scenarios force past the customer-service window: these customers never wrote. */
    private String text(String to) {
        return """
                {"project_owner_id":"%s","to":"%s","type":"text","text":{"body":"Your order has shipped"},"reference":"order-7",
                 "force":true}"""
                .formatted(project, to);
    }

    private String metaInbound(String wamid, String from) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"100000000000001","changes":[{"field":"messages",
                 "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"%s","phone_number_id":"%s"},
                 "contacts":[{"profile":{"name":"Asha"},"wa_id":"%s"}],
                 "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"is my order on its way?"}}]}}]}]}"""
                .formatted(number.substring(1), MetaStandIn.PHONE_NUMBER_ID, from, from, wamid, System.currentTimeMillis() / 1000);
    }

    @Test
    void aTextOutsideTheCustomerServiceWindowIsRefusedUntilTheCustomerWritesOrTheSendIsForced() {
        String customer = "919800000" + (100 + (int) (Math.random() * 800));
        String unforced = """
                {"project_owner_id":"%s","to":"+%s","type":"text","text":{"body":"Your order has shipped"}}"""
                .formatted(project, customer);
        int before = meta.requests().size();

        GatewayClient.Answer refused = gateway.post("/api/v1/messages/send", unforced);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("error").asText()).isEqualTo("outside_customer_service_window");
        assertThat(refused.json().get("detail").asText()).contains("never written");
        GatewayClient.Answer template = gateway.post("/api/v1/messages/send", """
                {"project_owner_id":"%s","to":"+%s","type":"template","template":{"name":"order_update","language":"en"}}"""
                .formatted(project, customer));
        assertThat(template.status()).as(template.text()).isEqualTo(202);
        awaitState(gateway, template.json().get("message_id").asText(), "accepted");
        assertThat(meta.requests()).hasSize(before + 1);

        String wamid = "wamid.IN" + UUID.randomUUID().toString().replace("-", "");
        assertThat(gateway.post("/webhook/meta", metaInbound(wamid, customer)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/v1/messages/" + wamid).status() == 200);
        GatewayClient.Answer inside = gateway.post("/api/v1/messages/send", unforced);
        assertThat(inside.status()).as(inside.text()).isEqualTo(202);
        awaitState(gateway, inside.json().get("message_id").asText(), "accepted");
    }

    static JsonNode awaitState(GatewayClient gateway, String id, String sendState) {
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/v1/messages/" + id).json().path("send_state").asText(),
                sendState::equals);
        return gateway.get("/api/v1/messages/" + id).json();
    }

    private String metaStatus(String wamid, String status, String echo) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"100000000000001","changes":[{"field":"messages",
                 "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"%s","phone_number_id":"%s"},
                 "statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"919800000001"%s}]}}]}]}"""
                .formatted(number.substring(1), MetaStandIn.PHONE_NUMBER_ID, wamid, status, System.currentTimeMillis() / 1000,
                        echo == null ? "" : ",\"biz_opaque_callback_data\":\"" + echo + "\"");
    }

    @Test
    void aTextIsQueuedSentOnceAcceptedAndJoinedByItsStatusWebhooks() {
        int before = meta.requests().size();
        GatewayClient.Answer queued = gateway.post("/api/v1/messages/send", text("+91 98000 00001"));
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        assertThat(queued.json().get("status").asText()).isEqualTo("queued");
        String id = queued.json().get("message_id").asText();

        JsonNode accepted = awaitState(gateway, id, "accepted");
        String wamid = accepted.get("wamid").asText();
        assertThat(wamid).startsWith("wamid.STANDIN_META_");
        assertThat(accepted.get("status").asText()).isEqualTo("accepted");
        assertThat(accepted.get("request").get("to").asText()).isEqualTo("+919800000001");
        assertThat(accepted.get("request").get("reference").asText()).isEqualTo("order-7");
        assertThat(meta.requests()).hasSize(before + 1);
        assertThat(meta.lastRequest().json().get("biz_opaque_callback_data").asText()).isEqualTo(id);

        assertThat(gateway.post("/webhook/meta", metaStatus(wamid, "delivered", id)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/v1/messages/" + id).json().get("status").asText(),
                "delivered"::equals);
        JsonNode byWamid = gateway.get("/api/v1/messages/" + wamid).json();
        assertThat(byWamid.get("message_id").asText()).isEqualTo(id);
        assertThat(byWamid.get("tracking").get("project_owner_id").asText()).isEqualTo(project);
    }

    @Test
    void waitingAnswersWithTheWamid() {
        GatewayClient.Answer answer = gateway.post("/api/v1/messages/send", """
                {"project_owner_id":"%s","to":"+919800000002","type":"template",
                 "template":{"name":"order_shipped_v2","language":"en","parameters":["Ada","42"]},"wait":true}"""
                .formatted(project));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("accepted");
        assertThat(answer.json().get("wamid").asText()).startsWith("wamid.");
        assertThat(meta.lastRequest().json().at("/template/name").asText()).isEqualTo("order_shipped_v2");
    }

    @Test
    void theSameIdempotencyKeySendsOnceAndAnswersTheFirstMessage() {
        String key = "order-" + UUID.randomUUID();
        int before = meta.requests().size();
        GatewayClient.Answer first = gateway.post("/api/v1/messages/send", text("+919800000003"), "application/json",
                "Idempotency-Key", key);
        GatewayClient.Answer second = gateway.post("/api/v1/messages/send", text("+919800000003"), "application/json",
                "Idempotency-Key", key);

        assertThat(second.json().get("message_id").asText()).isEqualTo(first.json().get("message_id").asText());
        awaitState(gateway, first.json().get("message_id").asText(), "accepted");
        assertThat(meta.requests()).hasSize(before + 1);
    }

    @Test
    void aThrottledSendIsAcceptedOnItsNextAttemptAndARefusedOneFailsWithTheCode() {
        meta.throttleNext(null);
        String throttled = gateway.post("/api/v1/messages/send", text("+919800000004")).json().get("message_id").asText();
        JsonNode accepted = awaitState(gateway, throttled, "accepted");
        assertThat(accepted.get("attempts").asInt()).isEqualTo(2);

        meta.errorNext(404, 132001, "Template name does not exist in the translation", "order_shipped_v9 (en)");
        String refused = gateway.post("/api/v1/messages/send", text("+919800000005")).json().get("message_id").asText();
        JsonNode failed = awaitState(gateway, refused, "failed");
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("failure").get("code").asText()).isEqualTo("132001");
        assertThat(failed.get("failure").get("bsp").asText()).isEqualTo("meta");
        assertThat(failed.get("failure").get("retryable").asBoolean()).isFalse();
    }

    @Test
    void aTimedOutSendIsUnknownNeverResentAndFailsWithOutcomeUnknownWithoutAWebhook() {
        meta.hangNext();
        int before = meta.requests().size();
        String id = gateway.post("/api/v1/messages/send", text("+919800000006")).json().get("message_id").asText();

        assertThat(awaitState(gateway, id, "unknown").get("status").asText()).isEqualTo("unknown");
        JsonNode failed = awaitState(gateway, id, "failed");

        assertThat(failed.get("failure").get("code").asText()).isEqualTo("outcome_unknown");
        assertThat(meta.requests()).hasSize(before + 1);
        meta.releaseHung();
    }

    @Test
    void requestsAreCheckedBeforeAnythingIsQueued() {
        GatewayClient.Answer badTo = gateway.post("/api/v1/messages/send", text("call me"));
        assertThat(badTo.status()).isEqualTo(400);
        assertThat(badTo.json().get("error").asText()).contains("to must be a phone number");

        GatewayClient.Answer noTemplateLanguage = gateway.post("/api/v1/messages/send", """
                {"project_owner_id":"%s","to":"+919800000001","type":"template","template":{"name":"x"}}""".formatted(project));
        assertThat(noTemplateLanguage.status()).isEqualTo(400);
        assertThat(noTemplateLanguage.json().get("error").asText()).contains("template.language");

        GatewayClient.Answer noSender = gateway.post("/api/v1/messages/send", """
                {"project_owner_id":"nobody-%s","to":"+919800000001","type":"text","text":{"body":"hi"}}""".formatted(UUID.randomUUID()));
        assertThat(noSender.status()).isEqualTo(422);
        assertThat(noSender.json().get("error").asText()).contains("has no sender");
    }

    @Test
    void senderCredentialsAreCheckedAndNeverShown() {
        GatewayClient.Answer missing = gateway.post("/api/v1/projects/" + project + "/senders", """
                {"business_number":"+15559990000","bsp":"meta","credentials":{"access_token":"EAAG","colour":"red"}}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asText()).contains("phone_number_id").contains("colour");

        JsonNode listed = gateway.get("/api/v1/projects/" + project + "/senders").json().get("senders").get(0);
        assertThat(listed.get("credentials").get("access_token").asText()).startsWith("****")
                .doesNotContain(MetaStandIn.ACCESS_TOKEN);
        assertThat(listed.get("default").asBoolean()).isTrue();

        GatewayClient.Answer metadata = gateway.post("/api/v1/projects/" + project + "/senders", """
                {"business_number":"+15559990001","bsp":"meta","base_url":"http://169.254.169.254",
                 "credentials":{"access_token":"EAAG","phone_number_id":"1"}}""");
        assertThat(metadata.status()).isEqualTo(400);
        assertThat(metadata.json().get("error").asText()).contains("base_url");
    }

    @Test
    void aBatchAnswersEachItemInOrder() {
        GatewayClient.Answer answer = gateway.post("/api/v1/messages/send/batch", """
                {"project_owner_id":"%s","messages":[
                  {"to":"+919800000007","type":"text","text":{"body":"one"},"force":true},
                  {"to":"not a number","type":"text","text":{"body":"two"},"force":true},
                  {"to":"+919800000008","type":"text","text":{"body":"three"},"force":true}]}""".formatted(project));

        assertThat(answer.status()).as(answer.text()).isEqualTo(202);
        JsonNode results = answer.json().get("results");
        assertThat(results.get(0).get("status").asText()).isEqualTo("queued");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(results.get(2).get("status").asText()).isEqualTo("queued");
        awaitState(gateway, results.get(2).get("message_id").asText(), "accepted");
    }

    @Test
    void aWebhookEchoingOurIdBeforeTheReplySettlesTheSendAndALateReplyChangesNothing() {
        meta.hangNext();
        String id = gateway.post("/api/v1/messages/send", text("+919800000009")).json().get("message_id").asText();
        awaitState(gateway, id, "sending");

        assertThat(gateway.post("/webhook/meta", metaStatus("wamid.EARLY" + id.substring(0, 8), "sent", id)).status())
                .isEqualTo(200);
        JsonNode settled = awaitState(gateway, id, "accepted");
        meta.releaseHung();

        assertThat(settled.get("wamid").asText()).isEqualTo("wamid.EARLY" + id.substring(0, 8));
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/v1/messages/" + id).json().get("status").asText(),
                "sent"::equals);
        // the hung request ends as unknown, which must not undo the settlement
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                gateway.get("/api/v1/messages/" + id).json().get("send_state").asText(), "accepted"::equals);
    }

    @Test
    void anUnknownSendIsSettledByAWebhookThatEchoesOurId() {
        meta.hangNext();
        String id = gateway.post("/api/v1/messages/send", text("+919800000010")).json().get("message_id").asText();
        awaitState(gateway, id, "unknown");

        assertThat(gateway.post("/webhook/meta", metaStatus("wamid.LATE" + id.substring(0, 8), "delivered", id)).status())
                .isEqualTo(200);

        JsonNode settled = awaitState(gateway, id, "accepted");
        assertThat(settled.get("wamid").asText()).isEqualTo("wamid.LATE" + id.substring(0, 8));
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/v1/messages/" + id).json().get("status").asText(),
                "delivered"::equals);
    }

    @Test
    void sendOutcomesAreFannedOutAsEventsToSubscribedEndpoints() throws Exception {
        try (CustomerSink sink = new CustomerSink()) {
            GatewayClient.Answer hook = gateway.post("/api/v1/webhooks/configure", """
                    {"project_owner_id":"%s","webhook_url":"%s","topics":["message.*"]}""".formatted(project, sink.url("/sends")));
            assertThat(hook.status()).as(hook.text()).isEqualTo(201);
            meta.errorNext(400, 131026, "Message undeliverable", null);
            String failed = gateway.post("/api/v1/messages/send", text("+919800000011")).json().get("message_id").asText();
            String accepted = gateway.post("/api/v1/messages/send", text("+919800000012")).json().get("message_id").asText();

            await().atMost(Duration.ofSeconds(20)).until(() -> sink.receivedAt("/sends").size() >= 4);

            java.util.List<JsonNode> events = new java.util.ArrayList<>();
            for (CustomerSink.Received received : sink.receivedAt("/sends")) {
                events.add(JSON.readTree(received.body()));
            }
            assertThat(events).extracting(e -> e.get("event_type").asText() + " " + e.get("data").get("message_id").asText())
                    .contains("message.queued " + failed, "message.failed " + failed, "message.queued " + accepted,
                            "message.accepted " + accepted);
            JsonNode failure = events.stream().filter(e -> e.get("event_type").asText().equals("message.failed")).findFirst()
                    .orElseThrow();
            assertThat(failure.get("message").get("failure").get("code").asText()).isEqualTo("131026");
            assertThat(failure.get("message").get("project_owner_id").asText()).isEqualTo(project);
        }
    }
}
