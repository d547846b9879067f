package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zen.gateway.adapter.outbound.http.send.AiSensyStandIn;
import zen.gateway.adapter.outbound.http.send.BspStandIn;
import zen.gateway.adapter.outbound.http.send.Dialog360StandIn;
import zen.gateway.adapter.outbound.http.send.GupshupStandIn;
import zen.gateway.adapter.outbound.http.send.KarixStandIn;
import zen.gateway.adapter.outbound.http.send.MetaStandIn;
import zen.gateway.adapter.outbound.http.send.TwilioStandIn;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The same sends through each BSP's stand-in (which checks each request against that BSP's doc): a text and a
 * template accepted with the BSP's id, a throttled send accepted on its next attempt, bad credentials failing the
 * send, and a timeout leaving it unknown, sent once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SendThroughEveryBspTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    /** A BSP: its stand-in, how it names a template, and which id its acceptance carries. */
    record Bsp(String name, Supplier<BspStandIn> start, String template, String idField) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<String, BspStandIn> STAND_INS = new HashMap<>();
    private static GatewayClient gateway;

    static List<Bsp> bsps() {
        return List.of(
                new Bsp("meta", MetaStandIn::start, "order_shipped_v2", "wamid"),
                new Bsp("360dialog", Dialog360StandIn::start, "order_shipped_v2", "wamid"),
                new Bsp("twilio", TwilioStandIn::start, "HX0000000000000000000000000000abcd", "bsp_message_id"),
                new Bsp("gupshup", GupshupStandIn::start, "0d9e8f7a-0000-4000-8000-000000000f01", "bsp_message_id"),
                new Bsp("aisensy", AiSensyStandIn::start, "order_shipped_v2", "wamid"),
                new Bsp("karix", KarixStandIn::start, "order_shipped_v2", "bsp_message_id"));
    }

    @BeforeAll
    static void client() {
        gateway = new GatewayClient(APP.getLocalPort());
    }

    @AfterAll
    static void stopStandIns() {
        STAND_INS.values().forEach(standIn -> {
            standIn.releaseHung();
            standIn.close();
        });
    }

    private static BspStandIn standIn(Bsp bsp) {
        return STAND_INS.computeIfAbsent(bsp.name(), name -> bsp.start().get());
    }

    /** A new project with one sender on the BSP's stand-in. */
    private static String project(Bsp bsp) {
        String project = bsp.name() + "-" + UUID.randomUUID();
        SendScenarios.register(gateway, project, standIn(bsp), "+1555" + (1_000_000 + (long) (Math.random() * 8_999_999)));
        return project;
    }

    private static String send(String project, String to, String content) {
        GatewayClient.Answer answer = gateway.post("/api/v1/messages/send", """
                {"project_owner_id":"%s","to":"%s",%s}""".formatted(project, to, content));
        assertThat(answer.status()).as(answer.text()).isEqualTo(202);
        return answer.json().get("message_id").asText();
    }

    private static String text() {
        return "\"type\":\"text\",\"text\":{\"body\":\"Your order has shipped\"}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bsps")
    void aTextAndATemplateAreAcceptedWithTheBspsId(Bsp bsp) {
        String project = project(bsp);
        String text = send(project, "+919800000001", text());
        String template = send(project, "+919800000002", """
                "type":"template","template":{"name":"%s","language":"en","parameters":["Ada","42"]}""".formatted(bsp.template()));

        for (String id : List.of(text, template)) {
            JsonNode accepted = SendScenarios.awaitState(gateway, id, "accepted");
            String bspId = accepted.get(bsp.idField()).asText();
            assertThat(bspId).isNotBlank();
            assertThat(gateway.get("/api/v1/messages/" + bspId).json().get("message_id").asText()).isEqualTo(id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bsps")
    void aThrottledSendIsAcceptedOnItsNextAttempt(Bsp bsp) {
        String project = project(bsp);
        standIn(bsp).throttleNext(null);

        JsonNode accepted = SendScenarios.awaitState(gateway, send(project, "+919800000003", text()), "accepted");

        assertThat(accepted.get("attempts").asInt()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bsps")
    void badCredentialsFailTheSendWithTheBspsCode(Bsp bsp) {
        String project = bsp.name() + "-" + UUID.randomUUID();
        Map<String, String> wrong = new HashMap<>();
        standIn(bsp).credentials().forEach((name, value) -> wrong.put(name, value));
        String secret = wrong.keySet().stream().filter(n -> n.contains("token") || n.contains("key") || n.contains("password")
                || n.contains("secret")).sorted().findFirst().orElseThrow();
        wrong.put(secret, wrong.get(secret).replace("0001", "0009"));
        var body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("business_number", "+1555" + (1_000_000 + (long) (Math.random() * 8_999_999))).put("bsp", bsp.name())
                .put("base_url", standIn(bsp).baseUrl().toString());
        wrong.forEach(body.putObject("credentials")::put);
        assertThat(gateway.post("/api/v1/projects/" + project + "/senders", body.toString()).status()).isEqualTo(201);

        JsonNode failed = SendScenarios.awaitState(gateway, send(project, "+919800000004", text()), "failed");

        assertThat(failed.get("failure").get("retryable").asBoolean()).isFalse();
        assertThat(failed.get("failure").get("bsp").asText()).isEqualTo(bsp.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bsps")
    void aTimeoutLeavesTheSendUnknownAndItIsNotSentAgain(Bsp bsp) {
        String project = project(bsp);
        BspStandIn standIn = standIn(bsp);
        standIn.hangNext();
        int before = standIn.requests().size();

        String id = send(project, "+919800000005", text());

        assertThat(SendScenarios.awaitState(gateway, id, "unknown").get("failure").get("code").asText())
                .isEqualTo("ambiguous");
        assertThat(SendScenarios.awaitState(gateway, id, "failed").get("failure").get("code").asText())
                .isEqualTo("outcome_unknown");
        assertThat(standIn.requests()).hasSize(before + 1);
        standIn.releaseHung();
    }

    @org.junit.jupiter.api.Test
    void twilioCallsBackWithOurIdOnTheUrlAndAnUnknownSendIsSettledByIt() {
        Bsp twilio = bsps().get(2);
        String project = twilio.name() + "-" + UUID.randomUUID();
        String number = "+1555" + (1_000_000 + (long) (Math.random() * 8_999_999));
        SendScenarios.register(gateway, project, standIn(twilio), number);
        standIn(twilio).hangNext();
        String id = send(project, "+919800000006", text());
        SendScenarios.awaitState(gateway, id, "unknown");
        assertThat(standIn(twilio).requests().getLast().formValue("StatusCallback"))
                .isEqualTo("http://gateway.example.com/webhook/twilio?zen_message_id=" + id);

        String sid = "SM" + id.replace("-", "");
        String callback = "MessageSid=" + sid + "&MessageStatus=delivered&To=whatsapp%3A%2B919800000006&From=whatsapp%3A"
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8) + "&AccountSid=" + TwilioStandIn.ACCOUNT_SID;
        assertThat(gateway.post("/webhook/twilio?zen_message_id=" + id, callback, "application/x-www-form-urlencoded").status())
                .isEqualTo(200);

        JsonNode settled = SendScenarios.awaitState(gateway, id, "accepted");
        assertThat(settled.get("bsp_message_id").asText()).isEqualTo(sid);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                gateway.get("/api/v1/messages/" + id).json().get("status").asText(), "delivered"::equals);
        standIn(twilio).releaseHung();
    }

    @org.junit.jupiter.api.Test
    void karixEchoesOurIdInCustRefAndAnUnknownSendIsSettledByIt() {
        Bsp karix = bsps().get(5);
        String project = karix.name() + "-" + UUID.randomUUID();
        String number = "+91" + (8_000_000_000L + (long) (Math.random() * 999_999_999L));
        SendScenarios.register(gateway, project, standIn(karix), number);
        standIn(karix).hangNext();
        String id = send(project, "+919800000007", text());
        SendScenarios.awaitState(gateway, id, "unknown");

        String mid = "92" + String.valueOf(System.nanoTime()).substring(0, 10) + "000000000000";
        String report = """
                {"channel":"WABA","recipient":{"to":"919800000007","recipient_type":"individual","reference":{"cust_ref":"%s"}},
                 "sender":{"from":"%s"},"events":{"eventType":"DELIVERY EVENTS","timestamp":"%d","mid":"%s"},
                 "notificationAttributes":{"status":"delivered","reason":"Delivered to User","code":"101"}}"""
                .formatted(id, number.substring(1), System.currentTimeMillis(), mid);
        assertThat(gateway.post("/webhook/karix", report).status()).isEqualTo(200);

        JsonNode settled = SendScenarios.awaitState(gateway, id, "accepted");
        assertThat(settled.get("bsp_message_id").asText()).isEqualTo(mid);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                gateway.get("/api/v1/messages/" + id).json().get("status").asText(), "delivered"::equals);
        standIn(karix).releaseHung();
    }
}
