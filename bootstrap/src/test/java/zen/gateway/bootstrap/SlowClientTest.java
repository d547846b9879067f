package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * A client trickling its body (a byte every 250 ms, under any idle timeout) is answered 408 once the body deadline
 * (2 s here, 30 s by default) has passed, on the webhooks and on the API; an honest slow client whose body arrives
 * within it is served. Raw sockets, so the pacing is the client's own.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SlowClientTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("bodyReadDeadline", DEADLINE.toSeconds() + "s"));

    /** What the server answered, and after how long from the first byte sent. */
    private record Outcome(String answer, Duration took) {}

    private static Outcome send(String path, byte[] body, int chunk, Duration pause, String... headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(20_000);
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                for (int at = 0; at < body.length; at += chunk) {
                    out.write(body, at, Math.min(chunk, body.length - at));
                    out.flush();
                    if (socket.getInputStream().available() > 0) {
                        break;
                    }
                    Thread.sleep(pause); // the client's own pace, the subject of the test
                }
            } catch (SocketException closedByTheServer) {
                // answered and closed while the client was still sending: read the answer below
            }
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return new Outcome(answer, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTricklingWebhookIsAnswered408AtTheDeadline() throws Exception {
        byte[] body = Payloads.datagenStatus("slow-1", "delivered", 1767261605000L).getBytes(StandardCharsets.UTF_8);

        Outcome outcome = send("/webhook/datagen", body, 1, Duration.ofMillis(250));

        assertThat(outcome.answer()).isEqualTo("HTTP/1.1 408");
        assertThat(outcome.took()).isBetween(DEADLINE, DEADLINE.plusSeconds(3));
    }

    @Test
    void aTricklingApiRequestIsAnswered408TooAfterTheDeadline() throws Exception {
        byte[] body = "{\"project_owner_id\":\"acme\",\"scopes\":[\"read\"],\"name\":\"slowly\"}".getBytes(StandardCharsets.UTF_8);

        Outcome outcome = send("/api/v1/keys", body, 1, Duration.ofMillis(250),
                "Authorization: Bearer " + GatewayClient.ADMIN_KEY);

        assertThat(outcome.answer()).isEqualTo("HTTP/1.1 408");
        assertThat(outcome.took()).isBetween(DEADLINE, DEADLINE.plusSeconds(3));
    }

    @Test
    void anHonestSlowClientWithinTheDeadlineIsServed() throws Exception {
        byte[] body = Payloads.datagenStatus("slow-2", "delivered", 1767261605000L).getBytes(StandardCharsets.UTF_8);

        Outcome outcome = send("/webhook/datagen", body, Math.max(1, body.length / 10), Duration.ofMillis(100));

        assertThat(outcome.answer()).isEqualTo("HTTP/1.1 200");
    }
}
