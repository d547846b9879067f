package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * One project's endpoint answers 200 after 12 s, another's at once. The slow one may hold only its share of the wire
 * ({@code forwarding.maxInFlightPerEndpoint}), so the healthy one's deliveries keep their latency, measured here on
 * its own sink from the moment its webhook was posted. Measured on 2026-12-02: 0.1 s at most with a share of 4 of 16;
 * with the share as large as the wire (16 of 16, as before endpoints had shares) 5 to 9.5 s, and failing the bound.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ForwardingIsolationTest {

    private static final Duration SLOW_ANSWER = Duration.ofSeconds(12);
    /** The healthy endpoint answers in microseconds and the scheduler polls every 50 ms; 3 s is far from 12. */
    private static final Duration HEALTHY_BOUND = Duration.ofSeconds(3);

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()),
            ConfigOverride.config("forwarding.maxInFlight", "16"),
            ConfigOverride.config("forwarding.maxInFlightPerEndpoint", "4"),
            ConfigOverride.config("forwarding.endpointWaitBudget", "500ms"),
            ConfigOverride.config("forwarding.requestTimeout", "20s"),
            ConfigOverride.config("forwarding.breakerSlowCallDuration", "10s"));

    private static final Map<String, Long> healthyArrivals = new ConcurrentHashMap<>();
    private static HttpServer slow;
    private static HttpServer healthy;

    @BeforeAll
    static void startSinks() throws IOException {
        slow = sink(exchange -> {
            exchange.getRequestBody().readAllBytes();
            sleep(SLOW_ANSWER);
        });
        healthy = sink(exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            int at = body.indexOf("\"mid\":\"");
            healthyArrivals.put(body.substring(at + 7, body.indexOf('"', at + 7)), System.nanoTime());
        });
    }

    @AfterAll
    static void stopSinks() {
        slow.stop(0);
        healthy.stop(0);
    }

    private interface Handler {
        void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException;
    }

    private static HttpServer sink(Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            handler.handle(exchange);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String project(GatewayClient gateway, HttpServer sink) {
        String project = "proj-" + UUID.randomUUID();
        String business = "91" + (7_000_000_000L + (long) (Math.random() * 999_999_999L));
        assertThat(gateway.put("/api/v1/projects/" + project + "/numbers/" + business, "").status()).isEqualTo(200);
        GatewayClient.Answer configured = gateway.post("/api/v1/webhooks/configure", """
                {"project_owner_id":"%s","webhook_url":"http://127.0.0.1:%d/hook","topics":["*"]}"""
                .formatted(project, sink.getAddress().getPort()));
        assertThat(configured.status()).as(configured.text()).isEqualTo(201);
        return business;
    }

    @Test
    void aSlowEndpointDoesNotDelayAnotherProjectsHealthyOne() {
        GatewayClient gateway = new GatewayClient(APP.getLocalPort());
        String slowNumber = project(gateway, slow);
        String healthyNumber = project(gateway, healthy);
        for (int i = 0; i < 60; i++) {
            String body = Payloads.datagenStatus("slow-" + i, "delivered", 1767261605000L).replace(Payloads.BUSINESS, slowNumber);
            assertThat(gateway.post("/webhook/datagen", body).status()).isEqualTo(200);
        }

        Map<String, Long> sent = new ConcurrentHashMap<>();
        for (int i = 0; i < 20; i++) {
            String mid = "healthy-" + i;
            String body = Payloads.datagenStatus(mid, "delivered", 1767261605000L).replace(Payloads.BUSINESS, healthyNumber);
            long posted = System.nanoTime();
            assertThat(gateway.post("/webhook/datagen", body).status()).isEqualTo(200);
            sent.put(mid, posted);
            sleep(Duration.ofMillis(200)); // a steady trickle, not a burst: each one's latency is its own
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> healthyArrivals.keySet().containsAll(sent.keySet()));
        List<Long> latenciesMillis = new ArrayList<>();
        sent.forEach((mid, at) -> latenciesMillis.add((healthyArrivals.get(mid) - at) / 1_000_000));
        latenciesMillis.sort(null);
        System.out.println("healthy endpoint latency beside a 12 s one (ms, sorted): " + latenciesMillis);
        assertThat(latenciesMillis.getLast()).isLessThan(HEALTHY_BOUND.toMillis());
    }
}
