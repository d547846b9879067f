package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Tracing end to end, with the SDK's in-memory exporter installed as the JVM's OpenTelemetry before the gateway
 * starts (as the Java agent would be): a webhook's ingest, its processing on the far side of the queue and the
 * forwarding attempt are one trace, each the parent of the next, and the customer endpoint receives the attempt's
 * context as a valid {@code traceparent}, with the webhook's {@code X-Request-Id}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TracingTest {

    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

    static {
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build());
    }

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
    static void stopSinkAndTracing() {
        sink.close();
        GlobalOpenTelemetry.resetForTest(); // the test classes after this one start untraced
    }

    @Test
    void ingestProcessingAndForwardingAreOneTraceAndTheReceiverGetsItsContext() {
        GatewayClient gateway = new GatewayClient(APP.getLocalPort());
        String project = "trace-" + UUID.randomUUID();
        gateway.put("/api/v1/projects/" + project + "/numbers/" + Payloads.BUSINESS, "");
        assertThat(gateway.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"%s","topics":["datagen.*"]}""".formatted(project, sink.url("/traced")))
                .status()).isEqualTo(201);

        String mid = "7" + System.nanoTime();
        assertThat(gateway.post("/webhook/datagen", Payloads.datagenStatus(mid, "delivered", 1767261605000L),
                "application/json", "X-Request-Id", "req-traced-1").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> sink.receivedAt("/traced").size() == 1);
        CustomerSink.Received received = sink.receivedAt("/traced").getFirst();

        String traceparent = received.header("traceparent");
        // version 00, trace id, parent (span) id, flags: sampled (bit 0) and, from this SDK, random trace id (bit 1)
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[13]");
        assertThat(received.header("X-Request-Id")).isEqualTo("req-traced-1");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<SpanData> spans = SPANS.getFinishedSpanItems();
            SpanData forward = only(spans, "forward");
            SpanData process = byId(spans, forward.getParentSpanId());
            SpanData ingest = byId(spans, process.getParentSpanId());
            assertThat(process.getName()).isEqualTo("process");
            assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
            assertThat(ingest.getName()).isEqualTo("ingest datagen");
            assertThat(ingest.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(forward.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(List.of(ingest.getTraceId(), process.getTraceId())).containsOnly(forward.getTraceId());
            assertThat(traceparent).startsWith("00-" + forward.getTraceId() + "-" + forward.getSpanId() + "-");
        });
    }

    private static SpanData only(List<SpanData> spans, String name) {
        List<SpanData> named = spans.stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(named).hasSize(1);
        return named.getFirst();
    }

    private static SpanData byId(List<SpanData> spans, String spanId) {
        return spans.stream().filter(s -> s.getSpanId().equals(spanId)).findFirst()
                .orElseThrow(() -> new AssertionError("no finished span " + spanId + " among " + spans));
    }
}
