package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.adapter.outbound.http.send.MetaStandIn;
import zen.gateway.adapter.outbound.http.send.RecordedRequest;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Campaigns through the whole gateway against the Meta stand-in, run once per store and transport (each subclass
 * starts the gateway on one): a CSV with duplicates, bad lines and opted-out numbers gives exactly one request per
 * good number with its parameters in order; status webhooks fill the funnel; pause stops the requests, resume
 * continues, cancel ends them; a stop word opts out; the campaign's moves reach a subscribed endpoint once each; a
 * sender's messaging limit holds new recipients back until it is raised.
 */
abstract class CampaignScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static MetaStandIn meta;
    static GatewayClient gateway;

    /** The running gateway under test. */
    abstract DropwizardAppExtension<GatewayConfiguration> app();

    @BeforeAll
    static void startStandIn() {
        meta = MetaStandIn.start();
    }

    @BeforeEach
    void aClient() {
        gateway = new GatewayClient(app().getLocalPort());
    }

    @AfterAll
    static void stopStandIn() {
        meta.close();
    }

    /** A project with a Meta sender on a new number, paced at {@code rate} sends a second. */
    static String project(String number, int rate) {
        return project(number, rate, "");
    }

    /** The same, with {@code more} fields of the sender (a leading comma each). */
    private static String project(String number, int rate, String more) {
        String project = "campaign-" + UUID.randomUUID();
        String body = """
                {"business_number":"%s","bsp":"meta","base_url":"%s","rate_per_second":%d,
                 "credentials":{"access_token":"%s","phone_number_id":"%s"}%s}""".formatted(number, meta.baseUrl(), rate,
                MetaStandIn.ACCESS_TOKEN, MetaStandIn.PHONE_NUMBER_ID, more);
        GatewayClient.Answer made = gateway.post("/api/v1/projects/" + project + "/senders", body);
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        return project;
    }

    static String campaign(String project) {
        GatewayClient.Answer made = gateway.post("/api/v1/campaigns", """
                {"project_owner_id":"%s","name":"Diwali offer","template":{"name":"diwali_offer","language":"en"}}"""
                .formatted(project));
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        assertThat(made.json().get("status").asText()).isEqualTo("draft");
        return made.json().get("id").asText();
    }

    private static String number(String prefix, int i) {
        return prefix + String.format("%05d", i);
    }

    /** The stand-in's requests to numbers starting with {@code prefix} (digits, as Meta takes them). */
    private static List<RecordedRequest> requestsTo(String prefix) {
        String digits = prefix.substring(1);
        return meta.requests().stream().filter(r -> r.json().path("to").asText().startsWith(digits)).toList();
    }

    static JsonNode counts(String id) {
        return gateway.get("/api/v1/campaigns/" + id).json().get("counts");
    }

    private static JsonNode awaitCampaign(String id, Predicate<JsonNode> until) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> gateway.get("/api/v1/campaigns/" + id).json(), until::test);
        return gateway.get("/api/v1/campaigns/" + id).json();
    }

    @Test
    void aListWithDuplicatesBadLinesAndOptOutsGivesOneRequestPerGoodNumberAndWebhooksFillTheFunnel() {
        String prefix = "+91977" + (100 + (int) (Math.random() * 800));
        String sender = "+1555" + (1_000_000 + (long) (Math.random() * 8_999_999));
        String project = project(sender, 1_000);
        for (int i = 1; i <= 3; i++) {
            assertThat(gateway.put("/api/v1/projects/" + project + "/opt-outs/" + number(prefix, i), "").status()).isEqualTo(200);
        }
        StringBuilder csv = new StringBuilder("phone,name,code\n");
        for (int i = 1; i <= 100; i++) {
            csv.append(number(prefix, i)).append(",\"Name, ").append(i).append("\",CODE").append(i).append('\n');
        }
        for (int i = 1; i <= 10; i++) {
            csv.append(number(prefix, i * 7).replace("+91", "0091 ")).append(",again,again\n");
        }
        csv.append("12345,short,x\n").append("not a number,x,y\n").append("\"+919700000000,open quote\n")
                .append(",,\n").append("+0123456789,x,y\n");
        String id = campaign(project);

        GatewayClient.Answer uploaded = gateway.post("/api/v1/campaigns/" + id + "/recipients", csv.toString(), "text/csv");

        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
        assertThat(uploaded.json().get("added").asLong()).isEqualTo(97);
        assertThat(uploaded.json().get("duplicates").asLong()).isEqualTo(10);
        assertThat(uploaded.json().get("opted_out").asLong()).isEqualTo(3);
        assertThat(uploaded.json().get("invalid_count").asLong()).isEqualTo(5);
        assertThat(uploaded.json().get("invalid").get(0).get("line").asLong()).isEqualTo(111);

        assertThat(gateway.post("/api/v1/campaigns/" + id + "/start").status()).isEqualTo(200);
        JsonNode done = awaitCampaign(id, c -> c.get("status").asText().equals("completed"));

        List<RecordedRequest> requests = requestsTo(prefix);
        assertThat(requests).hasSize(97);
        Map<String, JsonNode> byNumber = new HashMap<>();
        requests.forEach(r -> byNumber.put(r.json().get("to").asText(), r.json()));
        assertThat(byNumber).hasSize(97);
        JsonNode parameters = byNumber.get(number(prefix, 42).substring(1)).get("template").get("components").get(0).get("parameters");
        assertThat(parameters.get(0).get("text").asText()).isEqualTo("Name, 42");
        assertThat(parameters.get(1).get("text").asText()).isEqualTo("CODE42");
        assertThat(byNumber).doesNotContainKey(number(prefix, 2).substring(1));
        JsonNode counts = done.get("counts");
        assertThat(counts.get("recipients").asLong()).isEqualTo(100);
        assertThat(counts.get("accepted").asLong()).isEqualTo(97);
        assertThat(counts.get("skipped_opted_out").asLong()).isEqualTo(3);
        assertThat(counts.get("skipped_duplicate").asLong()).isEqualTo(10);
        assertThat(counts.get("invalid").asLong()).isEqualTo(5);

        List<String> wamids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = gateway.get("/api/v1/campaigns/" + id + "/recipients?status=accepted&limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor.replace("+", "%2B"))).json();
            page.get("items").forEach(r -> wamids.add(r.get("wamid").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);
        assertThat(wamids).hasSize(97).allSatisfy(w -> assertThat(w).startsWith("wamid."));
        String business = sender.substring(1);
        for (int i = 0; i < 40; i++) {
            String status = i < 10 ? "read" : i < 30 ? "delivered" : "sent";
            assertThat(gateway.post("/webhook/meta", metaStatus(business, wamids.get(i), status)).status()).isEqualTo(200);
        }
        // a repeated, older report never moves a recipient back
        assertThat(gateway.post("/webhook/meta", metaStatus(business, wamids.get(0), "delivered")).status()).isEqualTo(200);

        JsonNode funnel = awaitCampaign(id, c -> c.get("counts").get("sent").asLong() == 10
                && c.get("counts").get("delivered").asLong() == 20 && c.get("counts").get("read").asLong() == 10);
        assertThat(funnel.get("counts").get("accepted").asLong()).isEqualTo(57);
        assertThat(funnel.get("rates").get("delivered").asDouble()).isEqualTo(0.3093);
    }

    private static String metaStatus(String business, String wamid, String status) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"100000000000001","changes":[{"field":"messages",
                 "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"%s","phone_number_id":"%s"},
                 "statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"919800000001"}]}}]}]}"""
                .formatted(business, MetaStandIn.PHONE_NUMBER_ID, wamid, status, System.currentTimeMillis() / 1000);
    }

    @Test
    void pauseStopsTheRequestsResumeContinuesAndCancelEndsThem() {
        String prefix = "+91966" + (100 + (int) (Math.random() * 800));
        String project = project("+1555" + (1_000_000 + (long) (Math.random() * 8_999_999)), 20);
        StringBuilder json = new StringBuilder("{\"recipients\":[");
        for (int i = 1; i <= 200; i++) {
            json.append(i == 1 ? "" : ",").append("{\"to\":\"").append(number(prefix, i)).append("\",\"parameters\":[\"p").append(i).append("\"]}");
        }
        String id = campaign(project);
        GatewayClient.Answer uploaded = gateway.post("/api/v1/campaigns/" + id + "/recipients", json.append("]}").toString());
        assertThat(uploaded.json().get("added").asLong()).as(uploaded.text()).isEqualTo(200);

        gateway.post("/api/v1/campaigns/" + id + "/start");
        await().atMost(Duration.ofSeconds(20)).until(() -> requestsTo(prefix).size() >= 20);
        assertThat(gateway.post("/api/v1/campaigns/" + id + "/pause").json().get("status").asText()).isEqualTo("paused");
        awaitCampaign(id, c -> c.get("counts").get("queued").asLong() == 0);
        int paused = requestsTo(prefix).size();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> requestsTo(prefix).size() == paused);
        assertThat(paused).isLessThan(200);

        assertThat(gateway.post("/api/v1/campaigns/" + id + "/resume").json().get("status").asText()).isEqualTo("running");
        await().atMost(Duration.ofSeconds(20)).until(() -> requestsTo(prefix).size() >= paused + 20);
        assertThat(gateway.post("/api/v1/campaigns/" + id + "/cancel").json().get("status").asText()).isEqualTo("cancelled");
        JsonNode counts = awaitCampaign(id, c -> c.get("counts").get("queued").asLong() == 0).get("counts");
        int cancelled = requestsTo(prefix).size();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> requestsTo(prefix).size() == cancelled);

        assertThat(cancelled).isLessThan(200);
        assertThat(requestsTo(prefix).stream().map(r -> r.json().get("to").asText()).distinct()).hasSize(cancelled);
        assertThat(counts.get("accepted").asLong()).isEqualTo(cancelled);
        assertThat(counts.get("accepted").asLong() + counts.get("failed").asLong() + counts.get("cancelled").asLong())
                .isEqualTo(200);
        assertThat(gateway.post("/api/v1/campaigns/" + id + "/resume").status()).isEqualTo(409);
    }

    @Test
    void aStopWordOptsTheSenderOutAndAStartWordBackIn() {
        String business = "+1555" + (1_000_000 + (long) (Math.random() * 8_999_999));
        String project = project(business, 100);
        String customer = "91980000" + (1000 + (int) (Math.random() * 8999));

        assertThat(gateway.post("/webhook/meta", metaInbound(business.substring(1), customer, " Stop ")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/v1/projects/" + project + "/opt-outs").json()
                .get("items").size() == 1);
        assertThat(gateway.get("/api/v1/projects/" + project + "/opt-outs").json().get("items").get(0).get("source").asText())
                .isEqualTo("keyword");

        assertThat(gateway.post("/webhook/meta", metaInbound(business.substring(1), customer, "START")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/v1/projects/" + project + "/opt-outs").json()
                .get("items").isEmpty());
    }

    private static String metaInbound(String business, String from, String text) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"100000000000001","changes":[{"field":"messages",
                 "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"%s","phone_number_id":"%s"},
                 "contacts":[{"profile":{"name":"Asha"},"wa_id":"%s"}],
                 "messages":[{"from":"%s","id":"wamid.IN%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]}}]}]}"""
                .formatted(business, MetaStandIn.PHONE_NUMBER_ID, from, from, UUID.randomUUID().toString().replace("-", ""),
                        System.currentTimeMillis() / 1000, text);
    }

    private static String recipients(String prefix, int count) {
        StringBuilder json = new StringBuilder("{\"recipients\":[");
        for (int i = 1; i <= count; i++) {
            json.append(i == 1 ? "" : ",").append("{\"to\":\"").append(number(prefix, i)).append("\",\"parameters\":[\"p")
                    .append(i).append("\"]}");
        }
        return json.append("]}").toString();
    }

    private static List<JsonNode> eventsAt(CustomerSink sink, String path) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (CustomerSink.Received received : sink.receivedAt(path)) {
            events.add(JSON.readTree(received.body()));
        }
        return events;
    }

    @Test
    void aCampaignsMovesReachASubscribedEndpointOnceEachWithItsCounts() throws Exception {
        String prefix = "+91955" + (100 + (int) (Math.random() * 800));
        String project = project("+1555" + (1_000_000 + (long) (Math.random() * 8_999_999)), 1_000);
        try (CustomerSink sink = new CustomerSink()) {
            String path = "/" + project;
            GatewayClient.Answer hook = gateway.post("/api/v1/webhooks/configure", """
                    {"project_owner_id":"%s","webhook_url":"%s","topics":["campaign.*"]}""".formatted(project, sink.url(path)));
            assertThat(hook.status()).as(hook.text()).isEqualTo(201);
            String id = campaign(project);
            assertThat(gateway.post("/api/v1/campaigns/" + id + "/recipients", recipients(prefix, 30)).status()).isEqualTo(200);
            GatewayClient.Answer later = gateway.post("/api/v1/campaigns", """
                    {"project_owner_id":"%s","name":"later","template":{"name":"diwali_offer","language":"en"},
                     "start_at":"2999-01-01T00:00:00Z"}""".formatted(project));
            String scheduled = later.json().get("id").asText();

            gateway.post("/api/v1/campaigns/" + id + "/start");
            JsonNode done = awaitCampaign(id, c -> c.get("status").asText().equals("completed"));
            assertThat(gateway.post("/api/v1/campaigns/" + scheduled + "/start").json().get("status").asText())
                    .isEqualTo("scheduled");
            assertThat(gateway.post("/api/v1/campaigns/" + scheduled + "/cancel").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> sink.receivedAt(path).size() >= 3);
            // a move is told by the one writer that made it: nothing more comes
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> sink.receivedAt(path).size() == 3);

            List<JsonNode> events = eventsAt(sink, path);
            assertThat(events).extracting(e -> e.get("event_type").asText() + " " + e.get("data").get("id").asText())
                    .containsExactlyInAnyOrder("campaign.started " + id, "campaign.completed " + id,
                            "campaign.cancelled " + scheduled);
            JsonNode completed = events.stream().filter(e -> e.get("event_type").asText().equals("campaign.completed"))
                    .findFirst().orElseThrow();
            assertThat(completed.get("data")).isEqualTo(done);
            assertThat(completed.get("data").get("counts").get("accepted").asLong()).isEqualTo(30);
            assertThat(completed.get("message").get("topic").asText()).isEqualTo("campaign.completed");
            assertThat(completed.get("message").get("project_owner_id").asText()).isEqualTo(project);
            assertThat(completed.get("timestamp").asText()).isEqualTo(done.get("updated_at").asText());
            JsonNode started = events.stream().filter(e -> e.get("event_type").asText().equals("campaign.started"))
                    .findFirst().orElseThrow();
            assertThat(started.get("data").get("status").asText()).isEqualTo("running");
            assertThat(started.get("data").get("counts").get("recipients").asLong()).isEqualTo(30);
        }
    }

    @Test
    void aSenderAtItsMessagingLimitHoldsNewRecipientsBackUntilTheLimitIsRaised() {
        String prefix = "+91944" + (100 + (int) (Math.random() * 800));
        String project = project("+1555" + (1_000_000 + (long) (Math.random() * 8_999_999)), 1_000,
                ",\"daily_unique_recipients_limit\":20");
        JsonNode sender = gateway.get("/api/v1/projects/" + project + "/senders").json().get("senders").get(0);
        assertThat(sender.get("daily_unique_recipients_limit").asInt()).isEqualTo(20);
        assertThat(sender.get("messaging_tier").isNull()).isTrue();
        String id = campaign(project);
        assertThat(gateway.post("/api/v1/campaigns/" + id + "/recipients", recipients(prefix, 30)).status()).isEqualTo(200);

        gateway.post("/api/v1/campaigns/" + id + "/start");
        await().atMost(Duration.ofSeconds(20)).until(() -> requestsTo(prefix).size() >= 20);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> requestsTo(prefix).size() == 20);
        JsonNode held = gateway.get("/api/v1/campaigns/" + id).json();
        assertThat(held.get("status").asText()).isEqualTo("running");
        assertThat(held.get("counts").get("pending").asLong()).isEqualTo(10);

        GatewayClient.Answer raised = gateway.put("/api/v1/projects/" + project + "/senders/" + sender.get("id").asText(),
                "{\"messaging_tier\":\"250\"}");
        assertThat(raised.status()).as(raised.text()).isEqualTo(200);
        assertThat(raised.json().get("messaging_tier").asText()).isEqualTo("250");
        awaitCampaign(id, c -> c.get("status").asText().equals("completed"));
        assertThat(requestsTo(prefix)).hasSize(30);
    }
}
