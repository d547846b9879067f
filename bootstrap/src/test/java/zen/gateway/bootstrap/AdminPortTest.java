package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.admin.AdminPort;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** The admin port: on loopback, tasks behind an admin key, checked and audited, nothing a gateway does not need. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminPortTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private final GatewayClient admin = new GatewayClient(APP.getAdminPort());
    private final GatewayClient anonymous = GatewayClient.anonymous(APP.getAdminPort());

    @Test
    void theAdminPortListensOnLoopbackUnlessToldOtherwise() {
        DefaultServerFactory server = (DefaultServerFactory) APP.getConfiguration().getServerFactory();
        assertThat(((HttpConnectorFactory) server.getAdminConnectors().getFirst()).getBindHost()).isEqualTo("127.0.0.1");
        assertThat(((HttpConnectorFactory) server.getApplicationConnectors().getFirst()).getBindHost()).isNull();

        DefaultServerFactory told = new DefaultServerFactory();
        HttpConnectorFactory named = new HttpConnectorFactory();
        named.setBindHost("10.1.2.3");
        told.setAdminConnectors(List.of(new HttpConnectorFactory(), named));
        AdminPort.bind(told, "0.0.0.0");
        assertThat(told.getAdminConnectors()).extracting(c -> ((HttpConnectorFactory) c).getBindHost())
                .containsExactly("0.0.0.0", "10.1.2.3");
    }

    @Test
    void tasksRefuseCallersWithoutAnAdminKey() {
        GatewayClient.Answer nobody = anonymous.post("/tasks/invalidate-caches");
        GatewayClient.Answer project = new GatewayClient(APP.getAdminPort(),
                new ApiKeys(new GatewayClient(APP.getLocalPort())).create("acme", List.of("read", "write", "send", "keys")))
                .post("/tasks/pause-project-forwarding?project=acme");

        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.json().get("status").asInt()).isEqualTo(401);
        assertThat(nobody.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(project.status()).isEqualTo(403);
        assertThat(anonymous.post("/tasks/log-level?logger=ROOT&level=OFF").status()).isEqualTo(401);
        assertThat(admin.post("/tasks/invalidate-caches").status()).isEqualTo(200);
    }

    @Test
    void aTaskWithMissingOrBadParametersAnswers400WithTheReason() {
        GatewayClient.Answer replay = admin.post("/tasks/replay-dead-letters");
        GatewayClient.Answer pause = admin.post("/tasks/pause-project-forwarding");
        GatewayClient.Answer badTime = admin.post("/tasks/replay-dead-letters?project=acme&from=yesterday");

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().get("error").asText()).isEqualTo("parameter 'project' is required");
        assertThat(pause.status()).isEqualTo(400);
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("error").asText()).contains("from").contains("ISO-8601");
        assertThat(admin.post("/tasks/replay-dead-letters?project=acme").status()).isEqualTo(200);
    }

    @Test
    void whatAGatewayDoesNotNeedIsNotOffered() {
        assertThat(admin.post("/tasks/gc").status()).isEqualTo(404);
        assertThat(admin.get("/threads").status()).isEqualTo(404);
        assertThat(admin.get("/pprof").status()).isEqualTo(404);
    }

    @Test
    void probesAndMonitoringReadWithoutAKey() {
        assertThat(anonymous.get("/ping").status()).isEqualTo(200);
        assertThat(anonymous.get("/healthcheck").json().has("store")).isTrue();
        assertThat(anonymous.get("/metrics").status()).isEqualTo(200);
        assertThat(anonymous.get("/prometheus").status()).isEqualTo(200);
    }

    @Test
    void tasksAreInTheAuditTrail() {
        String project = "audited-" + UUID.randomUUID();

        assertThat(admin.post("/tasks/pause-project-forwarding?project=" + project).status()).isEqualTo(200);
        assertThat(admin.post("/tasks/resume-project-forwarding").status()).isEqualTo(400);

        var trail = new GatewayClient(APP.getLocalPort()).get("/api/v1/audit?project_owner_id=" + project).json().get("items");
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).get("action").asText()).isEqualTo("task.pause-project-forwarding");
        assertThat(trail.get(0).get("key_id").asText()).startsWith("admin-").doesNotContain(GatewayClient.ADMIN_KEY);
        assertThat(trail.get(0).get("outcome").asText()).isEqualTo("succeeded");
        assertThat(new GatewayClient(APP.getLocalPort()).get("/api/v1/audit?limit=20").json().get("items").toString())
                .contains("task.resume-project-forwarding").contains("\"refused\"");
    }

    @Test
    void aSettingPutsHealthAndMetricsBehindTheKeyTooButNotThePing() throws Exception {
        DropwizardTestSupport<GatewayConfiguration> guarded = new DropwizardTestSupport<>(GatewayApplication.class,
                ResourceHelpers.resourceFilePath("test-gateway.yml"),
                ConfigOverride.config("dataDir", dataDir.resolve("guarded").toString()),
                ConfigOverride.config("auth.protectHealthAndMetrics", "true"));
        guarded.before();
        try {
            GatewayClient nobody = GatewayClient.anonymous(guarded.getAdminPort());
            assertThat(nobody.get("/healthcheck").status()).isEqualTo(401);
            assertThat(nobody.get("/metrics").status()).isEqualTo(401);
            assertThat(nobody.get("/prometheus").status()).isEqualTo(401);
            assertThat(nobody.get("/ping").status()).isEqualTo(200);
            assertThat(new GatewayClient(guarded.getAdminPort()).get("/metrics").status()).isEqualTo(200);
        } finally {
            guarded.after();
        }
    }
}
