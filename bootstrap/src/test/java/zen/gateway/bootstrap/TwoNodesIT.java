package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * Two gateway nodes in one JVM sharing a store and Redis, each with its own inbound queue (MongoDB holds the data,
 * so each node's queue is a local file): what one node is posted, that node processes, which makes the cross-node
 * behaviour observable. Redis is a redis-server of the test's own, so it can be stopped mid-test.
 */
class TwoNodesIT {

    @TempDir
    static Path work;

    private static MongoServer mongo;
    private static String mongoUri;
    private static ThrowawayRedis redis;
    private static CustomerSink sink;

    private DropwizardTestSupport<GatewayConfiguration> nodeA;
    private DropwizardTestSupport<GatewayConfiguration> nodeB;
    private GatewayClient a;
    private GatewayClient b;
    private String project;
    private String business;

    @BeforeAll
    static void sharedServices() throws Exception {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        mongoUri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
        redis = new ThrowawayRedis(work);
        redis.start();
        sink = new CustomerSink();
    }

    @AfterAll
    static void stopSharedServices() throws Exception {
        sink.close();
        redis.close();
        mongo.shutdownNow();
    }

    private static DropwizardTestSupport<GatewayConfiguration> node(String name) {
        return new DropwizardTestSupport<>(GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
                ConfigOverride.config("dataDir", work.resolve(name + "-" + UUID.randomUUID()).toString()),
                ConfigOverride.config("mongoUri", mongoUri),
                ConfigOverride.config("databaseName", "zen_two_nodes"),
                ConfigOverride.config("mongoPartialIndexes", "false"),
                ConfigOverride.config("redisUrl", redis.url()));
    }

    @BeforeEach
    void startNodes() throws Exception {
        nodeA = node("a");
        nodeB = node("b");
        nodeA.before();
        nodeB.before();
        a = new GatewayClient(nodeA.getLocalPort());
        b = new GatewayClient(nodeB.getLocalPort());
        project = "two-nodes-" + UUID.randomUUID();
        business = "91" + (6_000_000_000L + (long) (Math.random() * 999_999_999L));
        assertThat(a.put("/api/v1/projects/" + project + "/numbers/" + business, "").status()).isEqualTo(200);
    }

    @AfterEach
    void stopNodes() {
        // Reverse order of start: each node's configuration overrides are system properties that restore the
        // values they found, so stopping A first would leave B's restoring A's settings for later tests.
        nodeB.after();
        nodeA.after();
    }

    private String configure(GatewayClient node, String path) {
        GatewayClient.Answer answer = node.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"%s","topics":["*"]}""".formatted(project, sink.url(path)));
        assertThat(answer.status()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    private String delivered(String mid) {
        return Payloads.datagenStatus(mid, "delivered", 1767261605000L).replace(Payloads.BUSINESS, business);
    }

    @Test
    void aWebhookPostedToBothNodesAtOnceIsTrackedOnceAndForwardedOncePerEndpoint() {
        String first = "/both-" + UUID.randomUUID();
        String second = "/both-" + UUID.randomUUID();
        configure(a, first);
        configure(a, second);
        List<String> mids = IntStream.range(0, 10).mapToObj(i -> "both-" + UUID.randomUUID()).toList();

        for (String mid : mids) {
            CompletableFuture<GatewayClient.Answer> toA = CompletableFuture.supplyAsync(() -> a.post("/webhook/datagen", delivered(mid)));
            CompletableFuture<GatewayClient.Answer> toB = CompletableFuture.supplyAsync(() -> b.post("/webhook/datagen", delivered(mid)));
            assertThat(toA.join().status()).isEqualTo(200);
            assertThat(toB.join().status()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(sink.receivedAt(first)).hasSize(mids.size());
            assertThat(sink.receivedAt(second)).hasSize(mids.size());
        });
        for (String mid : mids) {
            JsonNode message = a.get("/api/v1/messages/" + mid).json();
            assertThat(message.get("status_history")).as("history of %s", mid).hasSize(1);
        }
        assertThat(sink.receivedAt(first)).extracting(r -> r.header("X-Event-ID")).doesNotHaveDuplicates();
    }

    @Test
    void aConfigurationChangeMadeOnOneNodeIsUsedByTheOtherOnItsNextEvent() {
        String before = "/before-" + UUID.randomUUID();
        String after = "/after-" + UUID.randomUUID();
        String endpoint = configure(a, before);
        assertThat(b.post("/webhook/datagen", delivered("warm-" + UUID.randomUUID())).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sink.receivedAt(before)).hasSize(1));

        GatewayClient.Answer moved = a.put("/api/v1/webhooks/config/" + project + "/" + endpoint,
                "{\"webhook_url\":\"" + sink.url(after) + "\",\"topics\":[\"*\"]}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(b.post("/webhook/datagen", delivered("next-" + UUID.randomUUID())).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sink.receivedAt(after)).hasSize(1));
        assertThat(sink.receivedAt(before)).hasSize(1);
    }

    @Test
    void withRedisDownWebhooksAreStillTakenAndTrackedAndTheHealthCheckSaysDegraded() throws Exception {
        redis.stop();
        List<String> mids = IntStream.range(0, 5).mapToObj(i -> "outage-" + UUID.randomUUID()).toList();

        for (String mid : mids) {
            assertThat(a.post("/webhook/datagen", delivered(mid)).status()).isEqualTo(200);
            assertThat(b.post("/webhook/datagen", delivered(mid)).status()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mids).allSatisfy(mid -> {
            GatewayClient.Answer message = a.get("/api/v1/messages/" + mid);
            assertThat(message.status()).isEqualTo(200);
            assertThat(message.json().get("current_status").asText()).isEqualTo("delivered");
        }));
        GatewayClient admin = new GatewayClient(nodeA.getAdminPort());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            GatewayClient.Answer health = admin.get("/healthcheck");
            assertThat(health.json().get("redis").get("healthy").asBoolean()).isFalse();
            assertThat(health.json().get("redis").get("message").asText()).contains("degraded");
        });

        redis.start();

        GatewayClient adminB = new GatewayClient(nodeB.getAdminPort());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(admin.get("/healthcheck").json().get("redis").get("healthy").asBoolean()).isTrue();
            assertThat(adminB.get("/healthcheck").json().get("redis").get("healthy").asBoolean()).isTrue();
        });
        String mid = "after-outage-" + UUID.randomUUID();
        assertThat(a.post("/webhook/datagen", delivered(mid)).status()).isEqualTo(200);
        assertThat(b.post("/webhook/datagen", delivered(mid)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            GatewayClient.Answer message = a.get("/api/v1/messages/" + mid);
            assertThat(message.status()).isEqualTo(200);
            assertThat(message.json().get("status_history")).hasSize(1);
        });
    }

    @Test
    void theInvalidateCachesTaskAnswersOnTheAdminPort() {
        GatewayClient admin = new GatewayClient(nodeB.getAdminPort());

        assertThat(admin.post("/tasks/invalidate-caches?project=" + project, "").text()).contains("forgot cached endpoints of " + project);
        assertThat(admin.post("/tasks/invalidate-caches", "").text()).contains("forgot every cached lookup");
    }

    @Test
    void aKeyRevokedOnOneNodeIsRefusedByTheOtherAtOnce() {
        GatewayClient.Answer created = a.post("/api/v1/keys", """
                {"project_owner_id":"%s","scopes":["read"]}""".formatted(project));
        String key = created.json().get("key").asText();
        GatewayClient onB = new GatewayClient(nodeB.getLocalPort(), key);
        // B has the key in its memory now: what must go is that copy
        assertThat(onB.get("/api/v1/messages").status()).isEqualTo(200);
        assertThat(onB.get("/api/v1/messages").status()).isEqualTo(200);

        assertThat(a.delete("/api/v1/keys/" + created.json().get("id").asText()).status()).isEqualTo(200);

        // Redis's message reaches B within milliseconds; the bound only keeps a broken test from hanging
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> assertThat(onB.get("/api/v1/messages").status()).isEqualTo(401));
        assertThat(new GatewayClient(nodeA.getLocalPort(), key).get("/api/v1/messages").status()).isEqualTo(401);
    }

    @Test
    void anEndpointConfiguredOnOneNodeIsSignedWithItsSecretByTheOther() throws Exception {
        String path = "/signed-" + UUID.randomUUID();
        GatewayClient.Answer made = a.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"%s","topics":["*"]}""".formatted(project, sink.url(path)));
        String shared = made.json().get("shared_secret").asText();

        assertThat(b.post("/webhook/datagen", delivered("sealed-" + UUID.randomUUID())).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sink.receivedAt(path)).hasSize(1));
        CustomerSink.Received received = sink.receivedAt(path).getFirst();
        assertThat(received.header("X-Webhook-Signature")).isEqualTo(hmacHex(shared, received.body()));
    }

    private static String hmacHex(String secret, byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }
}
