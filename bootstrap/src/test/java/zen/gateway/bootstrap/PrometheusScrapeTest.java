package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
// the client library's own protobuf classes, shaded under the protobuf version it was built with
import io.prometheus.metrics.expositionformats.generated.com_google_protobuf_4_36_2.Metrics;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The admin port's {@code /prometheus} after a webhook of each BSP and a forwarded delivery, read as Prometheus
 * reads it and parsed with the client library's own protobuf model: the labelled series are there, with their types.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PrometheusScrapeTest {

    private static final String PROTOBUF = "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited";

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private static CustomerSink sink;

    @BeforeAll
    static void startSink() throws Exception {
        sink = new CustomerSink();
    }

    @AfterAll
    static void stopSink() {
        sink.close();
    }

    @Test
    void labelledSeriesAfterAWebhookOfEachBspAndADelivery() throws Exception {
        GatewayClient gateway = new GatewayClient(APP.getLocalPort());
        String project = "prom-" + UUID.randomUUID();
        gateway.put("/api/v1/projects/" + project + "/numbers/" + Payloads.BUSINESS, "");
        assertThat(gateway.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"%s","topics":["datagen.*"]}""".formatted(project, sink.url("/prom")))
                .status()).isEqualTo(201);

        String mid = "8" + System.nanoTime();
        assertThat(gateway.post("/webhook/datagen", Payloads.datagenStatus(mid, "delivered", 1767261605000L)).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/karix", Payloads.datagenStatus("9" + mid, "sent", 1767261605000L)).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/aisensy", Payloads.aisensyStatus("n-" + mid, "wamid.P" + mid, "READ")).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/meta", Fixtures.read("meta/inbound-text.json")).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/twilio", Fixtures.read("twilio/status-sent.form").strip(),
                "application/x-www-form-urlencoded").status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/gupshup", Fixtures.read("gupshup/delivered.json")).status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/meta", "not json").status()).isEqualTo(400);
        await().atMost(Duration.ofSeconds(20)).until(() -> sink.receivedAt("/prom").size() == 1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Metrics.MetricFamily> families = scrape();
            for (String bsp : new String[] {"datagen", "karix", "aisensy", "meta", "twilio", "gupshup"}) {
                assertThat(value(families, "zen_webhooks_total", Map.of("bsp", bsp, "outcome", "accepted")))
                        .as(bsp).isGreaterThanOrEqualTo(1);
            }
            assertThat(value(families, "zen_webhooks_total", Map.of("bsp", "meta", "outcome", "rejected"))).isEqualTo(1);
            assertThat(value(families, "zen_deliveries_total", Map.of("outcome", "delivered"))).isEqualTo(1);
            Metrics.MetricFamily latency = families.get("zen_delivery_attempt_duration_seconds");
            assertThat(latency.getType()).isEqualTo(Metrics.MetricType.HISTOGRAM);
            assertThat(latency.getMetric(0).getHistogram().getSampleCount()).isEqualTo(1);
            assertThat(families.get("zen_queue_backlog").getType()).isEqualTo(Metrics.MetricType.GAUGE);
            assertThat(value(families, "zen_queue_backlog", Map.of("queue", "inbound"))).isGreaterThanOrEqualTo(0);
            assertThat(value(families, "zen_queue_backlog", Map.of("queue", "forwarding"))).isGreaterThanOrEqualTo(0);
            assertThat(value(families, "zen_circuit_breakers", Map.of("state", "OPEN"))).isZero();
            assertThat(value(families, "zen_circuit_breakers", Map.of("state", "CLOSED"))).isEqualTo(1);
            // the Dropwizard registry, bridged: the gateway's own meters and timers, Jetty's gauges
            assertThat(families.get("zen_ingest_accepted_total").getType()).isEqualTo(Metrics.MetricType.COUNTER);
            assertThat(families.get("zen_ingest_durable_seconds").getType()).isEqualTo(Metrics.MetricType.SUMMARY);
            assertThat(families).containsKey("org_eclipse_jetty_util_thread_QueuedThreadPool_dw_utilization");
        });
    }

    @Test
    void answersTheTextFormatToAPlainScrape() throws Exception {
        HttpResponse<String> text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(admin()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(text.body()).contains("# TYPE zen_delivery_attempt_duration_seconds histogram",
                "# TYPE zen_webhooks_total counter");
    }

    private static URI admin() {
        return URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/prometheus");
    }

    private static Map<String, Metrics.MetricFamily> scrape() throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(admin()).header("Accept", PROTOBUF).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Metrics.MetricFamily> families = new HashMap<>();
        try (InputStream in = response.body()) {
            Metrics.MetricFamily family;
            while ((family = Metrics.MetricFamily.parseDelimitedFrom(in)) != null) {
                families.put(family.getName(), family);
            }
        }
        return families;
    }

    /** The value of the series of {@code name} with exactly {@code labels}; -1 when there is none. */
    private static double value(Map<String, Metrics.MetricFamily> families, String name, Map<String, String> labels) {
        Metrics.MetricFamily family = families.get(name);
        if (family == null) {
            return -1;
        }
        return family.getMetricList().stream()
                .filter(m -> m.getLabelList().stream().collect(Collectors.toMap(
                        Metrics.LabelPair::getName, Metrics.LabelPair::getValue)).equals(labels))
                .mapToDouble(m -> family.getType() == Metrics.MetricType.COUNTER ? m.getCounter().getValue() : m.getGauge().getValue())
                .findFirst().orElse(-1);
    }
}
