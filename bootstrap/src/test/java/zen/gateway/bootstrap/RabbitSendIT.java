package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.adapter.amqp.framing.SendFraming;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The send scenarios on the RabbitMQ transport (the real broker on 127.0.0.1:5672, queues suffixed per run), with the
 * store's sweeper slowed to an hour: every send and every retry goes through {@code message_send_queue} and its delay
 * queues.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RabbitSendIT extends SendScenarios {

    private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672/";
    private static final String MARK = "-sendq-";
    private static final String SUFFIX = MARK + UUID.randomUUID().toString().substring(0, 8)
            + RabbitGatewayIT.deleteQueuesOfEarlierRuns(MARK);

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("rabbitmqUrl", BROKER),
            ConfigOverride.config("rabbitmq.queueSuffix", SUFFIX),
            ConfigOverride.config("send.sweepInterval", "1h"));

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
    }

    @Test
    void theSendQueueHasPrioritiesAndASendNamedTwiceReachesTheBspOnce() throws Exception {
        assertThat(rabbitmqctl("list_queues", "name", "arguments").lines()
                .filter(line -> line.startsWith("message_send_queue" + SUFFIX + "\t")))
                .singleElement().asString().contains("x-max-priority", "10");
        GatewayClient gateway = new GatewayClient(APP.getLocalPort());
        String project = "sendq-" + UUID.randomUUID();
        register(gateway, project, meta, "+1555" + (1_000_000 + (long) (Math.random() * 8_999_999)));
        int before = meta.requests().size();

        GatewayClient.Answer queued = gateway.post("/api/v1/messages/send", """
                {"project_owner_id":"%s","to":"+919800000001","type":"template","template":{"name":"hello","language":"en"}}"""
                .formatted(project));
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        String id = queued.json().get("message_id").asText();
        awaitState(gateway, id, "accepted");
        publishToSendQueue(SendFraming.encode(id));

        await().atMost(Duration.ofSeconds(20)).until(() -> waitingInSendQueue() == 0);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> meta.requests().size() == before + 1);
        assertThat(gateway.get("/api/v1/messages/" + id).json().get("attempts").asInt()).isOne();
    }

    private static void publishToSendQueue(byte[] body) throws Exception {
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            channel.basicPublish("", "message_send_queue" + SUFFIX, true,
                    new AMQP.BasicProperties.Builder().contentType("application/json").priority(5).build(), body);
            channel.waitForConfirmsOrDie(10_000);
        }
    }

    private static long waitingInSendQueue() throws Exception {
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive("message_send_queue" + SUFFIX).getMessageCount();
        }
    }

    private static Connection connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(BROKER);
        factory.setVirtualHost("/");
        return factory.newConnection("zen-send-it");
    }

    private static String rabbitmqctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("rabbitmqctl is needed for this test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
