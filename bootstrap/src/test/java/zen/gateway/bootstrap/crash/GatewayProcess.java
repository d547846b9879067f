package zen.gateway.bootstrap.crash;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's own jar in a JVM of its own, which a test kills as a crash would ({@code SIGKILL}: no shutdown hook,
 * nothing flushed) and starts again on the same data. The jar is the one {@code package} built, so the suite runs
 * what ships. Each start takes new free ports.
 */
final class GatewayProcess implements AutoCloseable {

    /** The admin key every process of these tests is started with. */
    static final String ADMIN_KEY = "zen_crash-tests-admin-key-0123456789abcdef";

    private static final Path JAR = Path.of("target", "zen-gateway.jar").toAbsolutePath();
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Path config;
    private final Map<String, String> environment;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;
    private int port;
    private int adminPort;
    private int starts;

    /** {@code settings}: YAML merged under the test's base configuration (ports, loopback endpoints, quick retries). */
    GatewayProcess(Path workDirectory, Map<String, String> environment, String settings) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no " + JAR + ": the crash tests run after `package` (./mvnw verify)");
        }
        this.config = workDirectory.resolve("gateway.yml");
        this.log = workDirectory.resolve("gateway.log");
        this.environment = Map.copyOf(environment);
        Files.writeString(config, """
                server:
                  applicationConnectors: [{type: http, port: ${SERVER_PORT}}]
                  adminConnectors: [{type: http, port: ${ADMIN_PORT}}]
                  shutdownGracePeriod: 2s
                  requestLog: {appenders: []}
                logging:
                  level: WARN
                auth:
                  rateLimitPerSecond: 100000
                  rateLimitBurst: 100000
                forwarding:
                  allowedNetworks: ["127.0.0.0/8"]
                  initialDelay: 300ms
                  requestTimeout: 5s
                  pollInterval: 50ms
                  lease: 10s
                """ + settings);
    }

    void start() throws IOException {
        port = freePort();
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("ZEN_ADMIN_TOKEN", ADMIN_KEY);
        env.put("SERVER_PORT", Integer.toString(port));
        adminPort = freePort();
        env.put("ADMIN_PORT", Integer.toString(adminPort));
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaCommand, "-Xmx256m", "-jar", JAR.toString(), "server", config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Files.writeString(log, "---- start " + (++starts) + " on port " + port + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        process = builder.start();
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(200))
                .alias("the gateway answering on " + port + " (log: " + log + ")")
                .until(this::answering);
    }

    private boolean answering() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the gateway exited with " + process.exitValue() + "; log: " + log + "\n" + tail());
        }
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, as a crash or the OOM killer would: nothing of the gateway runs after it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the gateway did not die");
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String adminBase() {
        return "http://127.0.0.1:" + adminPort;
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
