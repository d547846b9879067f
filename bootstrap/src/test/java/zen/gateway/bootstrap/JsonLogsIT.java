package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar started as an operator would, with the bundled configuration and {@code LOG_FORMAT=json}: every
 * line it writes, from start to shutdown, application and request log alike, is one JSON object; the lines a request
 * caused carry its {@code request_id}; a customer's phone number never appears whole.
 */
class JsonLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "919800000101";
    private static final Pattern LOGBACK_STATUS = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d,\\d{3} \\|-");

    @TempDir
    Path work;

    @Test
    void everyLineIsJsonAndRequestLinesCarryTheirId() throws Exception {
        Path log = work.resolve("gateway.log");
        int port = freePort();
        int adminPort = freePort();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(javaCommand, "-Xmx256m", "-jar",
                Path.of("target", "zen-gateway.jar").toAbsolutePath().toString(), "server")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(java.util.Map.of("LOG_FORMAT", "json", "SERVER_PORT", Integer.toString(port),
                "ADMIN_PORT", Integer.toString(adminPort), "ZEN_DATA_DIR", work.resolve("data").toString(),
                "ZEN_ADMIN_TOKEN", GatewayClient.ADMIN_KEY, "ZEN_WEBHOOKS_ALLOW_UNVERIFIED", "datagen"));
        Process gateway = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/webhook/datagen"))
                    .header("X-Request-Id", "req-json-logs-1").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"recipient\": +" + PHONE + " not json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("X-Request-Id")).hasValue("req-json-logs-1");

            HttpResponse<String> generated = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/messages/" + PHONE))
                    .header("X-Request-Id", "forged\" id").header("Authorization", "Bearer " + GatewayClient.ADMIN_KEY).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(generated.statusCode()).isEqualTo(404);
            assertThat(generated.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        } finally {
            gateway.destroy(); // SIGTERM: the shutdown's lines are read too
            gateway.waitFor(30, TimeUnit.SECONDS);
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("WARNING: ") || LOGBACK_STATUS.matcher(line).find() || line.isEmpty()) {
                // not log lines: the JVM's own warnings (sun.misc.Unsafe in a library), and logback-access's check of
                // its jars' versions, printed on System.out when the request log starts: the shaded jar has one
                // manifest, so it finds no version for logback-access-jetty12 and says so, then an empty line
                continue;
            }
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException notJson) {
                throw new AssertionError("a line that is not JSON: " + line, notJson);
            }
            assertThat(line).doesNotContain(PHONE);
        }
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("request_id").asText()).isEqualTo("req-json-logs-1");
            assertThat(line.path("message").asText()).contains("datagen webhook was refused");
        });
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("uri").asText()).isEqualTo("/webhook/datagen");
            assertThat(line.path("responseHeaders").path("X-Request-Id").asText()).isEqualTo("req-json-logs-1");
        });
        assertThat(lines).anySatisfy(line -> assertThat(line.path("uri").asText()).isEqualTo("/api/v1/messages/91******0101"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
