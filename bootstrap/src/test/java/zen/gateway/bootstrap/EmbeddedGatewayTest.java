package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** The tracking scenarios on the embedded default: H2 under the data directory, in-process queue. */
class EmbeddedGatewayTest extends TrackingScenarios {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
    }

    /**
     * A webhook refused before its body is read (here: an unknown BSP, whose body arrives late) must leave the
     * connection usable: clients pool connections, and one closed under them fails their next webhook unanswered.
     */
    @Test
    void aConnectionAnsweredEarlyCarriesTheNextRequest() throws Exception {
        assertThat(statusesOnOneConnection("/webhook/nobody")).containsExactly("404", "200");
    }

    @Test
    void anApiAnswerGivenWithoutReadingTheBodyKeepsTheConnectionUsable() throws Exception {
        assertThat(statusesOnOneConnection("/api/v1/no-such-thing")).containsExactly("404", "200");
    }

    @Test
    void webhookPathsAnswerOtherMethodsAndShapesWithJsonErrors() {
        GatewayClient gateway = new GatewayClient(APP.getLocalPort());
        String body = Payloads.datagenStatus("900000000000000000000701", "sent", 1767261603000L);
        assertThat(gateway.post("/webhook/datagen/", body).status()).isEqualTo(200);

        GatewayClient.Answer nested = gateway.post("/webhook/datagen/extra", body);
        assertThat(nested.status()).isEqualTo(404);
        assertThat(nested.json().get("error").asText()).isEqualTo("no webhook at this path");
        GatewayClient.Answer fetched = gateway.get("/webhook/datagen");
        assertThat(fetched.status()).isEqualTo(405);
        assertThat(fetched.json().get("status").asInt()).isEqualTo(405);
        assertThat(gateway.put("/partner-webhook", body).status()).isEqualTo(405);
    }

    /** The 1 MB body limit holds whether the BSP declares the length or sends the body in chunks. */
    @Test
    void bodiesAreTakenUpToTheLimitWhetherTheirLengthIsDeclaredOrNot() throws Exception {
        String fits = Payloads.datagenStatus("900000000000000000000702", "sent", 1767261603000L);
        String fitsLarge = "{\"pad\":\"" + "x".repeat(200 * 1024) + "\","
                + Payloads.datagenStatus("900000000000000000000704", "sent", 1767261603000L).substring(1);
        String tooLarge = "{\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";

        assertThat(statusOf(declared(fits))).isEqualTo("200");
        assertThat(statusOf(chunked(fits))).isEqualTo("200");
        assertThat(statusOf(declared(fitsLarge))).isEqualTo("200");
        assertThat(statusOf(chunked(fitsLarge))).isEqualTo("200");
        assertThat(statusOf(declared(tooLarge))).isEqualTo("413");
        assertThat(statusOf(chunked(tooLarge))).isEqualTo("413");
    }

    /** A body shorter than it declared, the sender hanging up: refused, never taken in part. */
    @Test
    void aBodyCutShortOfItsDeclaredLengthIsRefused() throws Exception {
        String body = Payloads.datagenStatus("900000000000000000000703", "sent", 1767261603000L);
        String head = "POST /webhook/datagen HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (body.length() + 10) + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            socket.setSoTimeout(5_000);
            assertThat(readUntil(socket.getInputStream(), "}")).startsWith("HTTP/1.1 400")
                    .contains("could not read the request body");
        }
    }

    private static byte[] declared(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return join(("POST /webhook/datagen HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bytes);
    }

    private static byte[] chunked(String body) {
        StringBuilder request = new StringBuilder("POST /webhook/datagen HTTP/1.1\r\nHost: gateway\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < body.length(); i += 4096) {
            String chunk = body.substring(i, Math.min(body.length(), i + 4096));
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        return request.append("0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(byte[] head, byte[] body) {
        byte[] joined = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, joined, head.length, body.length);
        return joined;
    }

    /** The status of the answer to one raw request. */
    private static String statusOf(byte[] request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException refusedMidway) {
                // the server may answer 413 and close before the whole body is written
            }
            String answer = readUntil(socket.getInputStream(), "\r\n");
            return answer.length() >= 12 ? answer.substring(9, 12) : answer;
        }
    }

    /**
     * The statuses answered on one connection to a POST of {@code path} whose 2-byte body arrives late, then to a
     * health check sent after it.
     */
    private static List<String> statusesOnOneConnection(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the body is held back until the server has answered without it, or had 300 ms to
            socket.setSoTimeout(300);
            String beforeTheBody = readUntil(in, "\r\n\r\n");
            socket.setSoTimeout(5_000);
            out.write(("{}GET /health HTTP/1.1\r\nHost: gateway\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answers = beforeTheBody + readUntil(in, "\"healthy\"");
            return Pattern.compile("HTTP/1\\.1 (\\d{3}) ").matcher(answers).results().map(status -> status.group(1)).toList();
        }
    }

    /** Everything the server sends until {@code marker} appears, the connection closes or the read times out. */
    private static String readUntil(InputStream in, String marker) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
                if (read.toString(StandardCharsets.UTF_8).contains(marker)) {
                    break;
                }
            }
        } catch (SocketTimeoutException | SocketException closed) {
            // what arrived before is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
