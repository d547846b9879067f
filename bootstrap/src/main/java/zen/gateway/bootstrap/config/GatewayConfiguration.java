package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.logging.common.LoggingFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.adapter.outbound.mongo.MongoStorage;
import zen.gateway.adapter.outbound.redis.RedisSettings;
import zen.gateway.bootstrap.logging.LogFormat;

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

    /**
     * Longest a request body may take to arrive, from the request's start (408 after it). 30 s lets a full
     * {@code maxBodyBytes} body through at 35 KB/s, and a 5 KB webhook at 200 bytes/s.
     */
    @NotNull
    @JsonProperty
    public Duration bodyReadDeadline = Duration.seconds(30);

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

    @Valid
    @NotNull
    @JsonProperty
    public SpillConfig spill = new SpillConfig();

    @Valid
    @NotNull
    @JsonProperty
    public AuthConfig auth = new AuthConfig();

    /** {@code text} or {@code json}: the format of the application and request logs ({@code LOG_FORMAT}). */
    @JsonProperty
    public String logFormat;

    @JsonIgnore
    private boolean logFormatApplied;

    /**
     * Not {@code health}: Dropwizard's own configuration has a {@code health} section (its health factory), which took
     * that key from a file, so these thresholds could not be set.
     */
    @Valid
    @NotNull
    @JsonProperty
    public HealthConfig healthThresholds = new HealthConfig();

    /** How long each kind of data is kept, and how the purge runs. */
    @Valid
    @NotNull
    @JsonProperty
    public RetentionConfig retention = new RetentionConfig();

    /** Sending through the BSPs: timeouts, pacing, how long an ambiguous send may stay unknown. */
    @Valid
    @NotNull
    @JsonProperty
    public SendConfig send = new SendConfig();

    @Valid
    @NotNull
    @JsonProperty
    public CampaignsConfig campaigns = new CampaignsConfig();

    /** Where environment variables come from: the process's, unless a test gives others. */
    @JsonIgnore
    private EnvironmentVariables environment = EnvironmentVariables.ofProcess();

    public EnvironmentVariables environment() {
        return environment;
    }

    /** The same configuration reading {@code variables} instead of the process's environment. */
    public GatewayConfiguration withEnvironment(EnvironmentVariables variables) {
        this.environment = variables;
        return this;
    }

    /**
     * The logging settings with {@link #logFormat} applied, once: Dropwizard reads them before it starts logging,
     * so this is the one moment the format can be chosen for every line from the first.
     */
    @Override
    public LoggingFactory getLoggingFactory() {
        LoggingFactory logging = super.getLoggingFactory();
        if (!logFormatApplied) {
            logFormatApplied = true;
            LogFormat.apply(environment.firstSet(logFormat, EnvironmentVariables.LOG_FORMAT, "text"), logging, getServerFactory());
        }
        return logging;
    }

    public String dataDir() {
        return environment.firstSet(dataDir, EnvironmentVariables.DATA_DIR, "./data");
    }

    public String databaseUrl() {
        return environment.firstSet(databaseUrl, EnvironmentVariables.DATABASE_URL, null);
    }

    public String mongoUri() {
        return environment.firstSet(mongoUri, EnvironmentVariables.MONGO_URI, null);
    }

    public String databaseName() {
        return environment.firstSet(databaseName, EnvironmentVariables.DATABASE_NAME, "zen_messaging");
    }

    public String rabbitmqUrl() {
        return environment.firstSet(rabbitmqUrl, EnvironmentVariables.RABBITMQ_URL, null);
    }

    public String redisUrl() {
        return environment.firstSet(redisUrl, EnvironmentVariables.REDIS_URL, null);
    }

    /** The RabbitMQ transport's settings, when {@link #rabbitmqUrl()} switches it on. */
    public RabbitSettings rabbitSettings() {
        return rabbitmq.settings(rabbitmqUrl(), forwarding.schedule(), processingBatchSize);
    }

    /** Redis's settings, when {@link #redisUrl()} switches it on. */
    public RedisSettings redisSettings() {
        return RedisSettings.of(redisUrl()).withDedupTtl(dedupWindow.toJavaDuration());
    }

    /** The MongoDB connection pool. */
    public MongoStorage.Pool mongoPool() {
        return new MongoStorage.Pool(mongoPoolSize, java.time.Duration.ofSeconds(30));
    }
}
