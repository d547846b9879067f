package zen.gateway.bootstrap;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;

/** A redis-server of the test's own on a free port, which the test may stop and start again to stage an outage. */
final class ThrowawayRedis implements AutoCloseable {

    private final int port;
    private final Path logFile;
    private Process process;

    ThrowawayRedis(Path logDirectory) throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
        this.logFile = logDirectory.resolve("redis-" + port + ".log");
    }

    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    void start() throws IOException {
        process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no")
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .alias("redis-server listening on " + port + " (log: " + logFile + ")")
                .until(this::listening);
    }

    private boolean listening() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
