package zen.gateway.bootstrap.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While the store is unreachable (a TCP relay between the gateway and it, cut and restored), ingest goes on into
 * RabbitMQ or the local spill, the health check names the store, and everything is processed when it returns.
 */
class StoreOutageIT {

    private static final String PROJECT = "outage";
    private static final String BUSINESS = "919800055555";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = bound();

    private final GatewayHttp http = new GatewayHttp();

    @TempDir
    Path work;

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @ParameterizedTest(name = "{0} transport, {1} store")
    @CsvSource({"embedded, postgresql", "rabbitmq, postgresql", "embedded, mongodb"})
    void ingestGoesOnAndEverythingIsProcessedWhenTheStoreReturns(String transport, String store) throws Exception {
        String schema = "zen_outage_" + UUID.randomUUID().toString().replace("-", "");
        RabbitVhost vhost = transport.equals("rabbitmq") ? new RabbitVhost() : null;
        boolean postgres = store.equals("postgresql");
        try (TcpProxy proxy = postgres ? new TcpProxy("127.0.0.1", 5432) : new TcpProxy("127.0.0.1", MONGO_ADDRESS.getPort())) {
            Map<String, String> environment = new HashMap<>();
            environment.put("ZEN_DATA_DIR", work.resolve("data").toString());
            environment.put("ZEN_WEBHOOKS_ALLOW_UNVERIFIED", "datagen");
            String settings = "";
            if (postgres) {
                execute("CREATE SCHEMA " + schema);
                environment.put("DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port()
                        + "/test?user=postgres&connectTimeout=2&socketTimeout=10&currentSchema=" + schema);
            } else {
                environment.put("MONGO_URI", "mongodb://127.0.0.1:" + proxy.port()
                        + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000&socketTimeoutMS=10000");
                environment.put("DATABASE_NAME", schema);
                settings = "mongoPartialIndexes: false\n";
            }
            if (vhost != null) {
                environment.put("RABBITMQ_URL", vhost.url());
            }
            try (MidSink sink = new MidSink();
                    GatewayProcess gateway = new GatewayProcess(work, environment, settings)) {
                gateway.start();
                assertThat(http.send(gateway.base() + "/api/v1/projects/" + PROJECT + "/numbers/" + BUSINESS, "PUT", null)
                        .statusCode()).isEqualTo(200);
                assertThat(http.send(gateway.base() + "/api/v1/webhooks/configure", "POST", """
                        {"project_owner_id": "%s", "webhook_url": "%s", "topics": ["datagen.*"]}
                        """.formatted(PROJECT, sink.url())).statusCode()).isEqualTo(201);
                Set<String> acknowledged = new HashSet<>(post(gateway, "before-", 50));

                proxy.cut();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                        .until(() -> storeReportedDown(gateway));
                Set<String> duringOutage = post(gateway, "during-", 200);
                assertThat(duringOutage).as("webhooks answered 200 while the store was away").hasSize(200);
                acknowledged.addAll(duringOutage);

                proxy.restore();
                try {
                    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                            .until(() -> sink.mids().containsAll(acknowledged) && untracked(gateway, acknowledged) == 0);
                } catch (ConditionTimeoutException e) {
                    throw new AssertionError("not every acknowledged webhook was tracked and delivered after the store came "
                            + "back; the gateway's log ends with:\n" + gateway.tail(), e);
                }
            }
        } finally {
            if (vhost != null) {
                vhost.close();
            }
            if (postgres) {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private Set<String> post(GatewayProcess gateway, String prefix, int count) throws Exception {
        Set<String> acknowledged = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String mid = prefix + UUID.randomUUID();
            if (http.send(gateway.base() + "/webhook/datagen", "POST", GatewayHttp.datagenDelivered(BUSINESS, mid)).statusCode() == 200) {
                acknowledged.add(mid);
            }
        }
        return acknowledged;
    }

    private boolean storeReportedDown(GatewayProcess gateway) throws Exception {
        HttpResponse<String> health = http.send(gateway.adminBase() + "/healthcheck", "GET", null);
        return health.statusCode() == 500 && health.body().contains("\"store\":{\"healthy\":false");
    }

    private int untracked(GatewayProcess gateway, Set<String> mids) throws Exception {
        int missing = 0;
        for (String mid : mids) {
            if (http.send(gateway.base() + "/api/v1/messages/" + mid, "GET", null).statusCode() != 200) {
                missing++;
            }
        }
        return missing;
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
