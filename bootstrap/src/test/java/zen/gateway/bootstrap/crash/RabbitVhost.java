package zen.gateway.bootstrap.crash;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A RabbitMQ virtual host of the test's own on the local broker, made and removed with {@code rabbitmqctl}: the
 * gateway's queues live and die with it, and closing its connections disturbs nobody else's.
 */
final class RabbitVhost implements AutoCloseable {

    private final String name = "zen-test-" + UUID.randomUUID().toString().substring(0, 8);

    RabbitVhost() {
        rabbitmqctl("add_vhost", name);
        rabbitmqctl("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
    }

    String url() {
        return "amqp://guest:guest@127.0.0.1:5672/" + name;
    }

    /** What {@code rabbitmqctl close_all_connections} does to this vhost: every client connection is cut. */
    void closeAllConnections() {
        rabbitmqctl("close_all_connections", "-p", name, "test: broker blip");
    }

    @Override
    public void close() {
        rabbitmqctl("delete_vhost", name);
    }

    private static void rabbitmqctl(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("rabbitmqctl is needed for this test (the local RabbitMQ's own tool)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
