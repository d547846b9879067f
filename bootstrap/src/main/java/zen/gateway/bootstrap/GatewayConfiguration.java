package zen.gateway.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The gateway's configuration. Every external component is switched on by giving its address, here or in the
 * environment variable of the same name that the existing deployment uses (the file wins when both are set);
 * with none of them the gateway runs embedded: H2 under {@code dataDir}, in-process queue and caches.
 */
public class GatewayConfiguration extends Configuration {

    /** Where the embedded store keeps its files ({@code ZEN_DATA_DIR}). */
    @JsonProperty
    public String dataDir;

    /**
     * The embedded store's page cache, on the heap. H2's default (16 MB) is outgrown within minutes of load: every
     * index write then reads and decodes its page again (an eighth of the CPU under the benchmark's load).
     */
    @Min(1) @Max(4096)
    @JsonProperty
    public int embeddedCacheMegabytes = 64;

    /** {@code jdbc:postgresql://…} or {@code postgres://user:pass@host:5432/db} ({@code DATABASE_URL}). */
    @JsonProperty
    public String databaseUrl;

    /** MongoDB connection string ({@code MONGO_URI}); with {@code databaseName} ({@code DATABASE_NAME}). */
    @JsonProperty
    public String mongoUri;

    @JsonProperty
    public String databaseName;

    /**
     * Whether the MongoDB server applies partial indexes (MongoDB 3.2+ does). Set false for servers that speak the
     * protocol without them, such as the in-process server the tests use.
     */
    @JsonProperty
    public boolean mongoPartialIndexes = true;

    /** Connections in the MongoDB pool. */
    @Min(1) @Max(1000)
    @JsonProperty
    public int mongoPoolSize = 100;

    /** {@code amqp://user:pass@host:5672/vhost} ({@code RABBITMQ_URL}). */
    @JsonProperty
    public String rabbitmqUrl;

    /** {@code redis://:pass@host:6379/0} ({@code REDIS_URL}). */
    @JsonProperty
    public String redisUrl;

    /** Webhook bodies above this size are answered 413. */
    @Min(1024) @Max(64 * 1024 * 1024)
    @JsonProperty
    public int maxBodyBytes = 1024 * 1024;

    /** Envelopes handed to the processing service at once. */
    @Min(1) @Max(10_000)
    @JsonProperty
    public int processingBatchSize = 200;

    /** How long event ids are remembered for dropping repeats. */
    @NotNull
    @JsonProperty
    public Duration dedupWindow = Duration.hours(24);

    /** How long endpoint and project lookups are cached in process. */
    @NotNull
    @JsonProperty
    public Duration lookupCacheTtl = Duration.minutes(5);

    @Valid
    @NotNull
    @JsonProperty
    public ForwardingConfig forwarding = new ForwardingConfig();

    @Valid
    @NotNull
    @JsonProperty
    public WebhooksConfig webhooks = new WebhooksConfig();

    @Valid
    @NotNull
    @JsonProperty
    public RabbitConfig rabbitmq = new RabbitConfig();

    String dataDir() {
        return firstSet(dataDir, System.getenv("ZEN_DATA_DIR"), "./data");
    }

    String databaseUrl() {
        return firstSet(databaseUrl, System.getenv("DATABASE_URL"), null);
    }

    String mongoUri() {
        return firstSet(mongoUri, System.getenv("MONGO_URI"), null);
    }

    String databaseName() {
        return firstSet(databaseName, System.getenv("DATABASE_NAME"), "zen_messaging");
    }

    String rabbitmqUrl() {
        return firstSet(rabbitmqUrl, System.getenv("RABBITMQ_URL"), null);
    }

    String redisUrl() {
        return firstSet(redisUrl, System.getenv("REDIS_URL"), null);
    }

    private static String firstSet(String configured, String fromEnvironment, String otherwise) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        return otherwise;
    }
}
