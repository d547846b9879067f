package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.adapter.embedded.EmbeddedEnvelopeQueue;
import zen.gateway.adapter.outbound.jdbc.JdbcStorage;
import zen.gateway.bootstrap.config.GatewayConfiguration;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

/** What was answered 200 survives a stop: the embedded queue is a file, and processing resumes on start. */
class RestartTest {

    @TempDir
    Path dataDir;

    private DropwizardTestSupport<GatewayConfiguration> gateway() {
        return new DropwizardTestSupport<>(GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
                ConfigOverride.config("dataDir", dataDir.toString()));
    }

    @Test
    void everyAcknowledgedWebhookIsTrackedAfterAnAbruptRestart() throws Exception {
        DropwizardTestSupport<GatewayConfiguration> first = gateway();
        first.before();
        GatewayClient client = new GatewayClient(first.getLocalPort());
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String mid = "restart-" + i;
            if (client.post("/webhook/datagen", Payloads.datagenStatus(mid, "delivered", 1767261605000L)).status() == 200) {
                acknowledged.add(mid);
            }
        }
        first.after();

        DropwizardTestSupport<GatewayConfiguration> second = gateway();
        second.before();
        try {
            GatewayClient again = new GatewayClient(second.getLocalPort());
            assertThat(acknowledged).hasSize(200);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(acknowledged)
                    .allSatisfy(mid -> assertThat(again.get("/api/v1/messages/" + mid).status()).isEqualTo(200)));
        } finally {
            second.after();
        }
    }

    @Test
    void aDeliveryInterruptedMidRetryIsDeliveredAfterTheRestart() throws Exception {
        try (CustomerSink sink = new CustomerSink()) {
            sink.answer("/flaky", 503);
            DropwizardTestSupport<GatewayConfiguration> first = gateway();
            first.before();
            GatewayClient client = new GatewayClient(first.getLocalPort());
            client.put("/api/v1/projects/restart/numbers/" + Payloads.BUSINESS, "");
            client.post("/api/v1/webhooks/configure", """
                    {"project_owner_id":"restart","webhook_url":"%s","topics":["*"]}""".formatted(sink.url("/flaky")));
            client.post("/webhook/datagen", Payloads.datagenStatus("mid-retry", "delivered", 1767261605000L));
            await().atMost(Duration.ofSeconds(20)).until(() -> sink.receivedAt("/flaky").size() == 1);
            first.after();

            DropwizardTestSupport<GatewayConfiguration> second = gateway();
            second.before();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> sink.receivedAt("/flaky").size() == 2);
                GatewayClient again = new GatewayClient(second.getLocalPort());
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        again.get("/api/v1/webhooks/logs/restart").json().get("items").get(0).get("status").asText()).isEqualTo("delivered"));
            } finally {
                second.after();
            }
        }
    }

    @Test
    void envelopesLeftInTheQueueByACrashAreProcessedOnStart() throws Exception {
        // What a crash right after the commit and before processing leaves behind: durable, unprocessed envelopes.
        try (JdbcStorage storage = JdbcStorage.h2(dataDir.resolve("queue"));
                EmbeddedEnvelopeQueue queue = new EmbeddedEnvelopeQueue(storage.envelopeTable(), 50, Duration.ofSeconds(1), Clock.systemUTC())) {
            List<CompletableFuture<Void>> published = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                byte[] body = Payloads.datagenStatus("crash-" + i, "read", 1767261609000L).getBytes(StandardCharsets.UTF_8);
                published.add(queue.publish(new InboundEnvelope(UUID.randomUUID().toString(), Bsp.DATAGEN, Instant.now(), 0, Map.of(), body)));
            }
            CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).join();
        }

        DropwizardTestSupport<GatewayConfiguration> gateway = gateway();
        gateway.before();
        try {
            GatewayClient client = new GatewayClient(gateway.getLocalPort());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (int i = 0; i < 20; i++) {
                    GatewayClient.Answer answer = client.get("/api/v1/messages/crash-" + i);
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.json().get("current_status").asText()).isEqualTo("read");
                }
            });
        } finally {
            gateway.after();
        }
    }
}
