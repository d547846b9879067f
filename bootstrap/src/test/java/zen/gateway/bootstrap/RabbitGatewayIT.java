package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The tracking scenarios in production transport: webhooks and deliveries through the real RabbitMQ on
 * 127.0.0.1:5672 (queues suffixed per run, so nothing else on the broker is touched), plus a forwarded delivery
 * and a retry through the delay queues.
 */
class RabbitGatewayIT extends TrackingScenarios {

    private static final String MARK = "-e2e-";
    private static final String SUFFIX = MARK + UUID.randomUUID().toString().substring(0, 8) + deleteQueuesOfEarlierRuns(MARK);

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("rabbitmqUrl", "amqp://guest:guest@127.0.0.1:5672/"),
            ConfigOverride.config("rabbitmq.queueSuffix", SUFFIX));

    private static CustomerSink sink;

    /**
     * The queues a run declares outlive it (the gateway never deletes durable queues, and every test hook runs
     * before the gateway has stopped), so each run clears those of the runs before it whose names carry
     * {@code mark}: listed by one rabbitmqctl call, deleted over one AMQP connection (a rabbitmqctl call per queue
     * costs an Erlang start-up each, seconds of CPU on a 2-core machine).
     */
    static String deleteQueuesOfEarlierRuns(String mark) {
        try {
            Process list = new ProcessBuilder("rabbitmqctl", "-q", "list_queues", "name").redirectErrorStream(true).start();
            List<String> names = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(name -> name.contains(mark)).toList();
            list.waitFor();
            if (names.isEmpty()) {
                return "";
            }
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost("127.0.0.1"); // guest/guest on 5672, vhost "/": the defaults
            try (Connection connection = factory.newConnection("test-clean-up"); Channel channel = connection.createChannel()) {
                for (String name : names) {
                    channel.queueDelete(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rabbitmqctl and the broker are needed to clean up earlier runs' queues", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not reach the broker to clean up earlier runs' queues", e);
        }
        return "";
    }

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
    }

    @BeforeAll
    static void startSink() throws Exception {
        sink = new CustomerSink();
    }

    @AfterAll
    static void stopSink() {
        sink.close();
    }

    @Test
    void eventsAreForwardedAndRetriedThroughTheBroker() {
        GatewayClient gateway = new GatewayClient(APP.getLocalPort());
        String project = "rabbit-" + UUID.randomUUID();
        String business = "91" + (5_000_000_000L + (long) (Math.random() * 999_999_999L));
        gateway.put("/api/v1/projects/" + project + "/numbers/" + business, "");
        String path = "/" + project;
        sink.answer(path, 503);
        assertThat(gateway.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"%s","topics":["*"]}""".formatted(project, sink.url(path))).status())
                .isEqualTo(201);

        assertThat(gateway.post("/webhook/datagen",
                Payloads.datagenStatus("rabbit-" + UUID.randomUUID(), "delivered", 1767261605000L).replace(Payloads.BUSINESS, business))
                .status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sink.receivedAt(path)).hasSize(2));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                gateway.get("/api/v1/webhooks/logs/" + project).json().get("items").get(0).get("status").asText()).isEqualTo("delivered"));
        GatewayClient admin = new GatewayClient(APP.getAdminPort());
        assertThat(admin.get("/healthcheck").json().get("rabbitmq").get("healthy").asBoolean()).isTrue();
    }
}
