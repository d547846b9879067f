package zen.gateway.adapter.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.adapter.amqp.broker.Topology;

/**
 * The local RabbitMQ the integration tests use (127.0.0.1:5672 unless {@code RABBITMQ_URL} says otherwise).
 * Every test gets its own name suffix, so its queues and connections are its own: tests never touch each
 * other's or a running gateway's.
 */
final class Broker {

    static final String URI = System.getenv().getOrDefault("RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Broker() {}

    /** Settings with a fresh suffix and short waits, so that recovery and back-off do not slow the tests. */
    static RabbitSettings.Builder settings() {
        return RabbitSettings.builder(URI)
                .nameSuffix("_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()))
                .recoveryInterval(Duration.ofMillis(500))
                .handlerBackoff(Duration.ofMillis(100))
                .shutdownTimeout(Duration.ofSeconds(5));
    }

    interface ChannelWork<T> {
        T on(Channel channel) throws IOException;
    }

    static <T> T withChannel(ChannelWork<T> work) {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(URI);
            factory.setVirtualHost("/");
            try (Connection connection = factory.newConnection("zen-it-helper"); Channel channel = connection.createChannel()) {
                return work.on(channel);
            }
        } catch (Exception e) {
            throw new IllegalStateException("talking to the test broker failed", e);
        }
    }

    static void deleteQueues(Topology topology) {
        withChannel(channel -> {
            for (String queue : topology.allQueues()) {
                channel.queueDelete(queue);
            }
            return null;
        });
    }

    static long messageCount(String queue) {
        return withChannel(channel -> channel.queueDeclarePassive(queue).getMessageCount());
    }

    static void publishRaw(String queue, AMQP.BasicProperties properties, byte[] body) {
        withChannel(channel -> {
            channel.confirmSelect();
            channel.basicPublish("", queue, true, properties, body);
            try {
                channel.waitForConfirmsOrDie(10_000);
            } catch (Exception e) {
                throw new IOException(e);
            }
            return null;
        });
    }

    /** Takes every message waiting in {@code queue}. */
    static List<byte[]> drain(String queue) {
        return withChannel(channel -> {
            List<byte[]> bodies = new ArrayList<>();
            for (GetResponse got = channel.basicGet(queue, true); got != null; got = channel.basicGet(queue, true)) {
                bodies.add(got.getBody());
            }
            return bodies;
        });
    }

    /**
     * Has the broker close the named connections, as when it restarts or the network drops them: unlike a
     * close by the application, the client then recovers by itself.
     */
    static void dropConnections(List<String> connectionNames) {
        String listing = rabbitmqctl("list_connections", "pid", "client_properties", "-s");
        int dropped = 0;
        for (String line : listing.split("\n")) {
            for (String name : connectionNames) {
                if (line.contains("{\"connection_name\",\"" + name + "\"}")) {
                    rabbitmqctl("close_connection", line.split("\\s+")[0], "test: connection dropped");
                    dropped++;
                }
            }
        }
        if (dropped == 0) {
            throw new IllegalStateException("none of " + connectionNames + " is connected:\n" + listing);
        }
    }

    /** "classic" or "quorum". */
    static String queueType(String queue) {
        for (String line : rabbitmqctl("list_queues", "name", "type", "-s").split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length == 2 && columns[0].equals(queue)) {
                return columns[1];
            }
        }
        throw new IllegalStateException("no queue " + queue);
    }

    private static String rabbitmqctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
