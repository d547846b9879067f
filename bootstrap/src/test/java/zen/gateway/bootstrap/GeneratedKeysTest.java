package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * A gateway started with no key configured protects its API from the first start: it generates an admin key (and a
 * master key) into its data directory, readable by its owner only, and takes them again on every later start.
 */
class GeneratedKeysTest {

    @TempDir
    Path dataDir;

    private DropwizardTestSupport<GatewayConfiguration> gateway() {
        return new DropwizardTestSupport<>(GatewayApplication.class, ResourceHelpers.resourceFilePath("test-bare.yml"),
                ConfigOverride.config("dataDir", dataDir.toString()));
    }

    @Test
    void theGeneratedAdminKeyIsOnlyItsOwnersToReadAndWorksAcrossRestarts() throws Exception {
        DropwizardTestSupport<GatewayConfiguration> first = gateway();
        first.before();
        Path tokenFile = dataDir.resolve("admin-token");
        Path masterKeyFile = dataDir.resolve("master-key");
        String token;
        String masterKey;
        try {
            assertThat(Files.getPosixFilePermissions(tokenFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(masterKeyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            token = Files.readString(tokenFile).trim();
            masterKey = Files.readString(masterKeyFile).trim();
            assertThat(token).startsWith("zen_");
            assertThat(GatewayClient.anonymous(first.getLocalPort()).get("/api/v1/messages").status()).isEqualTo(401);
            assertThat(new GatewayClient(first.getLocalPort(), token).get("/api/v1/messages").status()).isEqualTo(200);
            assertThat(new GatewayClient(first.getAdminPort(), token).post("/tasks/invalidate-caches").status()).isEqualTo(200);
        } finally {
            first.after();
        }

        DropwizardTestSupport<GatewayConfiguration> second = gateway();
        second.before();
        try {
            assertThat(Files.readString(tokenFile).trim()).isEqualTo(token);
            assertThat(Files.readString(masterKeyFile).trim()).isEqualTo(masterKey);
            assertThat(new GatewayClient(second.getLocalPort(), token).get("/api/v1/keys").status()).isEqualTo(200);
        } finally {
            second.after();
        }
    }
}
