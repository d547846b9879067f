package zen.gateway.bootstrap.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zen.gateway.adapter.outbound.http.send.MetaStandIn;
import zen.gateway.adapter.outbound.http.send.RecordedRequest;

/**
 * A campaign survives a {@code kill -9} half way: after the restart it goes on where it stopped, no number gets a
 * second request, and every recipient ends in exactly one count (a send that was on the wire at the kill is
 * {@code unknown}, never resent). The gateway runs as its jar in a child JVM on the embedded default, and on RabbitMQ
 * (a vhost of its own), where the sends in flight at the kill are named again by the broker's redelivered messages.
 */
class CampaignCrashIT {

    private static final int RECIPIENTS = 600;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} transport")
    @ValueSource(strings = {"embedded", "rabbitmq"})
    void aCampaignKilledHalfWayGoesOnWithoutSendingAnyNumberTwice(String transport) throws Exception {
        String prefix = "+91955" + (100 + (int) (Math.random() * 800));
        Map<String, String> environment = new HashMap<>(Map.of("ZEN_DATA_DIR", work.resolve("data").toString()));
        try (RabbitVhost vhost = transport.equals("rabbitmq") ? new RabbitVhost() : null;
                MetaStandIn meta = MetaStandIn.start();
                GatewayProcess gateway = new GatewayProcess(work, withBroker(environment, vhost), """
                        send:
                          connectTimeout: 3s
                          requestTimeout: 5s
                          unknownOutcomeAfter: 3s
                          firstBackoff: 100ms
                          maxBackoff: 1s
                          pollInterval: 50ms
                          sweepInterval: 3s
                        campaigns:
                          pollInterval: 50ms
                          batchSize: 20
                          window: 20
                        """)) {
            gateway.start();
            assertThat(call(gateway, "POST", "/api/v1/projects/crash/senders", """
                    {"business_number":"+15550007777","bsp":"meta","base_url":"%s","rate_per_second":100,
                     "credentials":{"access_token":"%s","phone_number_id":"%s"}}""".formatted(meta.baseUrl(),
                    MetaStandIn.ACCESS_TOKEN, MetaStandIn.PHONE_NUMBER_ID)).statusCode()).isEqualTo(201);
            String id = JSON.readTree(call(gateway, "POST", "/api/v1/campaigns", """
                    {"project_owner_id":"crash","name":"crash","template":{"name":"offer","language":"en"}}""").body())
                    .get("id").asText();
            StringBuilder list = new StringBuilder("{\"recipients\":[");
            for (int i = 1; i <= RECIPIENTS; i++) {
                list.append(i == 1 ? "" : ",").append("{\"to\":\"").append(prefix).append(String.format("%05d", i))
                        .append("\",\"parameters\":[\"p").append(i).append("\"]}");
            }
            assertThat(call(gateway, "POST", "/api/v1/campaigns/" + id + "/recipients", list.append("]}").toString()).body())
                    .contains("\"added\":" + RECIPIENTS);
            call(gateway, "POST", "/api/v1/campaigns/" + id + "/start", null);

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                    .until(() -> requestsTo(meta, prefix).size() >= RECIPIENTS / 2);
            gateway.kill();
            int beforeKill = requestsTo(meta, prefix).size();
            gateway.start();

            // a loaded machine makes some requests time out: those back off and go again (connect) or wait for their
            // unknown outcome (request), which the short settings above keep within this bound
            try {
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                        .alias("the campaign completed after the restart")
                        .until(() -> campaign(gateway, id).get("status").asText().equals("completed"));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("the campaign did not complete: " + campaign(gateway, id) + "\n" + gateway.tail(), e);
            }
            List<RecordedRequest> requests = requestsTo(meta, prefix);
            JsonNode counts = campaign(gateway, id).get("counts");
            long distinct = requests.stream().map(r -> r.json().get("to").asText()).distinct().count();
            System.out.printf("campaign crash: %d of %d recipients requested before the kill, %d requests in all, %d "
                    + "numbers; counts accepted %d, unknown %d, failed %d%n", beforeKill, RECIPIENTS, requests.size(), distinct,
                    counts.get("accepted").asLong(), counts.get("unknown").asLong(), counts.get("failed").asLong());

            requests.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.json().get("to").asText()))
                    .forEach((to, twice) -> {
                        if (twice.size() > 1) {
                            System.out.println("campaign crash: " + to + " requested " + twice.size() + " times, as "
                                    + twice.stream().map(r -> r.json().path("biz_opaque_callback_data").asText()).toList());
                        }
                    });
            assertThat(distinct).isEqualTo(requests.size());
            assertThat(counts.get("recipients").asLong()).isEqualTo(RECIPIENTS);
            assertThat(counts.get("accepted").asLong() + counts.get("unknown").asLong() + counts.get("failed").asLong())
                    .isEqualTo(RECIPIENTS);
            // what was accepted is exactly what reached the stand-in; the rest were on the wire at the kill
            assertThat(counts.get("accepted").asLong()).isLessThanOrEqualTo(requests.size());
            assertThat(RECIPIENTS - requests.size()).isLessThanOrEqualTo(20);
        }
    }

    private static Map<String, String> withBroker(Map<String, String> environment, RabbitVhost vhost) {
        if (vhost != null) {
            environment.put("RABBITMQ_URL", vhost.url());
        }
        return environment;
    }

    private static List<RecordedRequest> requestsTo(MetaStandIn meta, String prefix) {
        String digits = prefix.substring(1);
        return meta.requests().stream().filter(r -> r.json().path("to").asText().startsWith(digits)).toList();
    }

    private JsonNode campaign(GatewayProcess gateway, String id) throws Exception {
        return JSON.readTree(call(gateway, "GET", "/api/v1/campaigns/" + id, null).body());
    }

    private HttpResponse<String> call(GatewayProcess gateway, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.base() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + GatewayProcess.ADMIN_KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
