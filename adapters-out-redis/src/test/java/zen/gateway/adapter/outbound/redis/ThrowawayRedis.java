package zen.gateway.adapter.outbound.redis;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A redis-server of a test's own, on a free port, keeping nothing on disk: the test may stop it and start it again
 * on the same port, which the shared Redis must never suffer. Not thread-safe.
 */
final class ThrowawayRedis implements AutoCloseable {

    private final int port;
    private final String password;
    private Process process;

    private ThrowawayRedis(int port, String password) {
        this.port = port;
        this.password = password;
    }

    /** Not started yet: the port is free, so a client connecting to it finds nobody. */
    static ThrowawayRedis onFreePort(String password) {
        try (ServerSocket probe = new ServerSocket(0)) {
            return new ThrowawayRedis(probe.getLocalPort(), password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ThrowawayRedis started() {
        ThrowawayRedis redis = onFreePort(null);
        redis.start();
        return redis;
    }

    /** Starts redis-server and returns once it answers. */
    void start() {
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"));
        if (password != null) {
            command.addAll(List.of("--requirepass", password));
        }
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target", "redis-" + port + ".log")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("redis-server on port " + port).atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> {
                    try (RespClient client = client(0)) {
                        return "PONG".equals(client.command("PING"));
                    }
                });
    }

    /** Kills redis-server as a crash would, and waits until it is gone. */
    void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    int port() {
        return port;
    }

    String url(int database) {
        String credentials = password == null ? "" : ":" + password + "@";
        return "redis://" + credentials + "127.0.0.1:" + port + "/" + database;
    }

    RespClient client(int database) {
        return RespClient.open(port, password, database);
    }

    @Override
    public void close() {
        stop();
    }
}
