package zen.gateway.bootstrap.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nothing acknowledged is lost when the gateway dies: for every transport and store the README supports, webhooks
 * answered 200 are, after a {@code kill -9} and a restart, every one tracked and forwarded to the subscribed
 * endpoint (at least once: duplicates are counted and printed, not refused). The gateway runs as its jar in a child
 * JVM, killed the moment its last webhook has been processed, while deliveries are still going out.
 */
class CrashRecoveryIT {

    private static final int WEBHOOKS = 300;
    private static final String PROJECT = "crash";
    private static final String BUSINESS = "919800077777";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final Pattern PROCESSED = Pattern.compile("\"zen\\.processing\\.envelopes\":\\{\"count\":(\\d+)");
    private static final Pattern BACKLOG = Pattern.compile("\"zen\\.queue\\.inbound\\.backlog\":\\{\"value\":(-?\\d+)");
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = bound();

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @ParameterizedTest(name = "{0} transport, {1} store")
    @CsvSource({"embedded, h2", "embedded, postgresql", "embedded, mongodb", "rabbitmq, h2", "rabbitmq, postgresql",
            "rabbitmq, mongodb"})
    void everyAcknowledgedWebhookIsTrackedAndDeliveredAfterAKill(String transport, String store) throws Exception {
        String schema = "zen_crash_" + UUID.randomUUID().toString().replace("-", "");
        RabbitVhost vhost = transport.equals("rabbitmq") ? new RabbitVhost() : null;
        try (MidSink sink = new MidSink()) {
            Map<String, String> environment = new HashMap<>();
            environment.put("ZEN_DATA_DIR", work.resolve("data").toString());
            environment.put("ZEN_WEBHOOKS_ALLOW_UNVERIFIED", "datagen");
            String settings = "";
            switch (store) {
                case "postgresql" -> {
                    execute("CREATE SCHEMA " + schema);
                    environment.put("DATABASE_URL", POSTGRES + "&currentSchema=" + schema);
                }
                case "mongodb" -> {
                    environment.put("MONGO_URI", "mongodb://127.0.0.1:" + MONGO_ADDRESS.getPort());
                    environment.put("DATABASE_NAME", schema);
                    settings = "mongoPartialIndexes: false\n";
                }
                default -> { }
            }
            if (vhost != null) {
                environment.put("RABBITMQ_URL", vhost.url());
            }
            try (GatewayProcess gateway = new GatewayProcess(work, environment, settings)) {
                gateway.start();
                subscribe(gateway, sink);

                Set<String> acknowledged = postWebhooks(gateway);
                // killed the moment the last of them has been processed and the queue has forgotten it (acked,
                // deleted): whatever processing wrote must be durable by then, and a store that only makes it durable
                // a little later (H2 writes its commits within a second) loses it here
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                        .until(() -> processedEnvelopes(gateway) >= acknowledged.size() && inboundBacklog(gateway) == 0);
                gateway.kill();
                gateway.start();

                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                        .alias("every acknowledged webhook tracked and delivered (log: " + work + ")")
                        .until(() -> sink.mids().containsAll(acknowledged) && allTracked(gateway, acknowledged));
                long duplicates = sink.duplicates();
                System.out.printf("crash recovery, %s transport, %s store: %d of %d webhooks acknowledged, none lost, "
                        + "%d delivered twice or more%n", transport, store, acknowledged.size(), WEBHOOKS, duplicates);
            }
        } finally {
            if (vhost != null) {
                vhost.close();
            }
            if (store.equals("postgresql")) {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private void subscribe(GatewayProcess gateway, MidSink sink) throws Exception {
        assertThat(send(gateway, "PUT", "/api/v1/projects/" + PROJECT + "/numbers/" + BUSINESS, null).statusCode()).isEqualTo(200);
        HttpResponse<String> configured = send(gateway, "POST", "/api/v1/webhooks/configure", """
                {"project_owner_id": "%s", "webhook_url": "%s", "topics": ["datagen.*"]}
                """.formatted(PROJECT, sink.url()));
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(201);
    }

    /** Posts every webhook from a few clients at once, as BSPs do, and returns the mids answered 200. */
    private Set<String> postWebhooks(GatewayProcess gateway) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < WEBHOOKS; i++) {
                String mid = "crash-" + UUID.randomUUID();
                running.add(clients.submit(() -> {
                    HttpResponse<String> answer = send(gateway, "POST", "/webhook/datagen", GatewayHttp.datagenDelivered(BUSINESS, mid));
                    if (answer.statusCode() == 200) {
                        acknowledged.add(mid);
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return acknowledged;
    }

    /** What the gateway's {@code zen.processing.envelopes} meter counted: one request, so the kill follows at once. */
    private long processedEnvelopes(GatewayProcess gateway) throws Exception {
        Matcher count = PROCESSED.matcher(metrics(gateway));
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    /** The {@code zen.queue.inbound.backlog} gauge: 0 once the queue has forgotten (acked, deleted) what was processed. */
    private long inboundBacklog(GatewayProcess gateway) throws Exception {
        Matcher value = BACKLOG.matcher(metrics(gateway));
        return value.find() ? Long.parseLong(value.group(1)) : -1;
    }

    private String metrics(GatewayProcess gateway) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gateway.adminBase() + "/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private boolean allTracked(GatewayProcess gateway, Set<String> mids) throws Exception {
        for (String mid : mids) {
            if (send(gateway, "GET", "/api/v1/messages/" + mid, null).statusCode() != 200) {
                return false;
            }
        }
        return true;
    }

    private HttpResponse<String> send(GatewayProcess gateway, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.base() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + GatewayProcess.ADMIN_KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static InetSocketAddress bound() {
        MONGO.bind("127.0.0.1", 0);
        return MONGO.getLocalAddress();
    }
}
