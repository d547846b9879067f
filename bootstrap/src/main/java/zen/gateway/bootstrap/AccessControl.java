package zen.gateway.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zen.gateway.application.access.AdminKeys;
import zen.gateway.application.access.ApiKeyService;
import zen.gateway.application.access.AuditService;
import zen.gateway.application.access.KeyDirectory;
import zen.gateway.application.access.KeyMaterial;
import zen.gateway.application.port.outbound.Stores;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.application.port.outbound.secrets.SecretBox;
import zen.gateway.application.secrets.AesGcmSecretBox;
import zen.gateway.bootstrap.config.GatewayConfiguration;
import zen.gateway.bootstrap.config.GeneratedSecrets;
import zen.gateway.bootstrap.config.GeneratedSecrets.Secret;

/**
 * Keys, their checks and the audit trail, wired; and the master key that seals secrets at rest. What the configuration
 * leaves unset is generated into the data directory on the first start: so the embedded gateway is protected from its
 * first start, and its quick start still takes two commands.
 */
record AccessControl(ApiKeyService keys, AuditService audit, KeyDirectory directory) {

    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    /** How many characters of a generated admin key later starts log: enough to tell which, not enough to use. */
    private static final int SHOWN = 8;

    static AccessControl assemble(GatewayConfiguration config, Stores stores, SharedCache shared, Duration localTtl,
            Duration sharedTtl, Clock clock) {
        KeyDirectory directory = new KeyDirectory(stores.apiKeys(), shared, localTtl, sharedTtl, clock);
        AdminKeys admins = new AdminKeys(adminKeys(config), config.auth.rateLimit());
        return new AccessControl(new ApiKeyService(stores.apiKeys(), directory, admins, config.auth.rateLimit(), clock),
                new AuditService(stores.audit(), clock), directory);
    }

    private static List<String> adminKeys(GatewayConfiguration config) {
        List<String> configured = config.auth.adminTokens(config.environment());
        if (!configured.isEmpty()) {
            configured.stream().filter(key -> key.length() < 32).findAny().ifPresent(shortKey -> LOG.warn(
                    "An admin key of fewer than 32 characters is configured: use a long random one (openssl rand -base64 32)"));
            return configured;
        }
        Secret generated = GeneratedSecrets.readOrGenerate(Path.of(config.dataDir()), GeneratedSecrets.ADMIN_TOKEN_FILE,
                KeyMaterial::newKey);
        if (generated.generated()) {
            LOG.warn("No admin key is configured (ZEN_ADMIN_TOKEN or auth.adminTokens), so one was generated into {} (readable "
                    + "by its owner only), shown here this once: {}  Call the API with Authorization: Bearer <that key>.",
                    generated.file(), generated.value());
        } else {
            LOG.info("The admin key is the one generated into {} ({}…); ZEN_ADMIN_TOKEN or auth.adminTokens replace it",
                    generated.file(), generated.value().substring(0, Math.min(SHOWN, generated.value().length())));
        }
        if (!"h2".equals(storageKind(config))) {
            LOG.warn("Each node generates its own admin key: set ZEN_ADMIN_TOKEN on every node that shares this store");
        }
        return List.of(generated.value());
    }

    /** The box that seals secrets at rest, with {@code ZEN_MASTER_KEY}, or a key generated into the data directory. */
    static SecretBox secretBox(GatewayConfiguration config) {
        return config.auth.masterKey(config.environment())
                .map(AesGcmSecretBox::fromBase64)
                .orElseGet(() -> {
                    Secret generated = GeneratedSecrets.readOrGenerate(Path.of(config.dataDir()), GeneratedSecrets.MASTER_KEY_FILE,
                            AesGcmSecretBox::newKey);
                    if (!"h2".equals(storageKind(config))) {
                        LOG.warn("ZEN_MASTER_KEY is not set: endpoint secrets are sealed with the key in {}, which other nodes "
                                + "sharing this store do not have. Set the same ZEN_MASTER_KEY on every node.", generated.file());
                    } else if (generated.generated()) {
                        LOG.info("Generated the master key that seals secrets at rest into {}: keep it with the data, "
                                + "or set ZEN_MASTER_KEY", generated.file());
                    }
                    return AesGcmSecretBox.fromBase64(generated.value());
                });
    }

    private static String storageKind(GatewayConfiguration config) {
        if (config.mongoUri() != null) {
            return "mongodb";
        }
        return config.databaseUrl() != null ? "postgresql" : "h2";
    }
}
