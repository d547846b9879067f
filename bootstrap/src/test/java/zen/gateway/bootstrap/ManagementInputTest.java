package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** The management inputs of issue 17, each once: a 400 (or 413, 414) naming the field, never a 500 or a Java type. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ManagementInputTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private GatewayClient gateway() {
        return new GatewayClient(APP.getLocalPort());
    }

    private static void refused(GatewayClient.Answer answer, int status, String... naming) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("error").asText()).contains(naming)
                .doesNotContain("java.", "com.fasterxml", "Exception", "`");
    }

    /** A valid endpoint body with one field's raw JSON value replaced. */
    private static String endpoint(String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project_owner_id", "\"acme\"");
        fields.put("webhook_url", "\"http://127.0.0.1:9/hook\"");
        fields.put("topics", "[\"*\"]");
        fields.put(field, value);
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    @Test
    void nullsInListsAreNamed() {
        refused(gateway().post("/api/v1/webhooks/configure", endpoint("topics", "[null]")), 400, "topics[0]");
        refused(gateway().post("/api/v1/webhooks/configure", """
                {"project_owner_id":"acme","webhook_url":"http://127.0.0.1:9/hook","topics":["*"],"status_filter":[null]}"""),
                400, "status_filter[0]");
        refused(gateway().post("/api/v1/webhooks/dlq/replay", "{\"delivery_ids\":[null]}"), 400, "delivery_ids[0]");
        refused(gateway().post("/api/v1/keys", "{\"project_owner_id\":\"acme\",\"scopes\":[null]}"), 400, "scopes[0]");
    }

    @Test
    void wrongTypesAreNamedWithoutJavaTypes() {
        refused(gateway().post("/api/v1/webhooks/configure", endpoint("topics", "\"*\"")), 400, "topics");
        refused(gateway().post("/api/v1/webhooks/configure", endpoint("topics", "{\"a\":1}")), 400, "topics");
        refused(gateway().post("/api/v1/webhooks/configure", endpoint("webhook_url", "[1]")), 400, "webhook_url");
        refused(gateway().post("/api/v1/keys", "{\"project_owner_id\":\"acme\",\"scopes\":[\"read\"],\"rate_limit\":{\"burst\":\"many\"}}"),
                400, "rate_limit.burst");
        refused(gateway().post("/api/v1/keys", "[1,2]"), 400, "object");
        refused(gateway().post("/api/v1/webhooks/configure", "{\"topics\":"), 400, "invalid JSON");
    }

    @Test
    void numbersCursorsAndDatesOutOfShapeAre400() {
        refused(gateway().get("/api/v1/messages?limit=abc"), 400, "limit");
        refused(gateway().get("/api/v1/messages?limit=0"), 400, "limit");
        refused(gateway().get("/api/v1/messages?limit=99999999999"), 400, "limit");
        refused(gateway().get("/api/v1/audit?cursor=%25%25%25"), 400, "cursor");
        refused(gateway().get("/api/v1/webhooks/logs/acme?from=yesterday"), 400, "from");
        refused(gateway().post("/api/v1/webhooks/dlq/replay", "{\"project_owner_id\":\"acme\",\"limit\":-5}"), 400, "limit");
        refused(gateway().post("/api/v1/webhooks/configure", endpoint("webhook_url", "\"http://hooks.example.com:99999/x\"")),
                400, "port");
        refused(gateway().post("/api/v1/webhooks/configure", endpoint("webhook_url", "\"http://hooks.example.com:0/x\"")),
                400, "port");
    }

    @Test
    void sizesAreBounded() {
        String big = "{\"project_owner_id\":\"acme\",\"name\":\"" + "x".repeat(300 * 1024) + "\"}";
        refused(gateway().post("/api/v1/keys", big), 413, "body larger than");
        refused(gateway().get("/api/v1/messages?campaign_id=" + "c".repeat(3000)), 414, "URL longer than");
        GatewayClient.Answer chunked = chunked("/api/v1/keys", big.getBytes(StandardCharsets.UTF_8));
        assertThat(chunked.status()).as(chunked.text()).isEqualTo(413);
        String ids = IntStream.range(0, 1001).mapToObj(i -> "\"d" + i + "\"").collect(Collectors.joining(",", "[", "]"));
        refused(gateway().post("/api/v1/webhooks/dlq/replay", "{\"delivery_ids\":" + ids + "}"), 400, "at most 1000");
        String topics = IntStream.range(0, 65).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(",", "[", "]"));
        refused(gateway().post("/api/v1/webhooks/configure", endpoint("topics", topics)), 400, "at most 64");
    }

    /** A body of no declared length, sent in chunks: refused once 256 KB have been read. */
    private static GatewayClient.Answer chunked(String path, byte[] body) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + APP.getLocalPort() + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + GatewayClient.ADMIN_KEY)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new GatewayClient.Answer(response.statusCode(), null, response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void idsArePrintableAndShort() {
        refused(gateway().get("/api/v1/webhooks/config/" + "p".repeat(129)), 400, "project_owner_id", "128");
        // Jetty itself refuses control characters in a path, before the API sees them; its page names no class either
        for (String control : new String[] {"%00", "%01"}) {
            GatewayClient.Answer refusedByJetty = gateway().get("/api/v1/webhooks/config/acme" + control);
            assertThat(refusedByJetty.status()).isEqualTo(400);
            assertThat(refusedByJetty.text()).doesNotContain("Exception", "org.eclipse", "\tat ");
        }
        refused(gateway().get("/api/v1/messages?campaign_id=a%01b"), 400, "campaign_id", "printable");
        refused(gateway().get("/api/v1/webhooks/config/%20"), 400, "project_owner_id", "blank");
        refused(gateway().put("/api/v1/projects/acme%E2%80%AEevil/numbers/919800099999", ""), 400, "project_owner_id");
        refused(gateway().post("/api/v1/webhooks/configure", endpoint("project_owner_id", "\"a\\u0000b\"")), 400,
                "project_owner_id");
    }

    @Test
    void secretsAreLongEnough() {
        refused(gateway().post("/api/v1/webhooks/configure", """
                {"project_owner_id":"acme","webhook_url":"http://127.0.0.1:9/hook","topics":["*"],"shared_secret":"x"}"""),
                400, "shared_secret", "24 bytes");
        String shortKey = "whsec_" + java.util.Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes(StandardCharsets.UTF_8));
        String longKey = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[65]);
        for (String secret : new String[] {shortKey, longKey}) {
            refused(gateway().post("/api/v1/webhooks/configure", """
                    {"project_owner_id":"acme","webhook_url":"http://127.0.0.1:9/hook","topics":["*"],"signing_secret":"%s"}"""
                    .formatted(secret)), 400, "signing_secret", "24 to 64");
        }
        String good = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]);
        assertThat(gateway().post("/api/v1/webhooks/configure", """
                {"project_owner_id":"acme","webhook_url":"http://127.0.0.1:9/hook","topics":["*"],"signing_secret":"%s",
                 "shared_secret":"twenty-four-bytes-long!!"}""".formatted(good)).status()).isEqualTo(201);
    }
}
