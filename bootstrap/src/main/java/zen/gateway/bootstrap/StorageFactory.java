package zen.gateway.bootstrap;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import zen.gateway.adapter.outbound.jdbc.JdbcStorage;
import zen.gateway.adapter.outbound.mongo.MongoStorage;
import zen.gateway.application.port.outbound.queue.QueueTable;
import zen.gateway.bootstrap.config.DatabaseUrl;
import zen.gateway.bootstrap.config.GatewayConfiguration;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Opens the store the configuration selects: MongoDB when {@code MONGO_URI} is set, PostgreSQL when
 * {@code DATABASE_URL} is, else the embedded H2 file under the data directory. Which one serves is logged and
 * shown by the {@code store} health check.
 */
final class StorageFactory {

    private StorageFactory() {}

    static Storage open(GatewayConfiguration config, Environment environment) {
        if (config.mongoUri() != null) {
            return mongo(config);
        }
        if (config.databaseUrl() != null) {
            return postgres(config, environment);
        }
        return h2(Path.of(config.dataDir()), config.embeddedCacheMegabytes);
    }

    /**
     * The embedded default. The envelope queue has an H2 file of its own: H2 makes a commit crash-proof only with a
     * checkpoint, which writes every changed page of its file, so each group of webhooks acknowledged then costs a
     * sync of the small queue file alone. The store's file is synced once per processed batch instead
     * ({@link Storage#makeDurable()}), before the batch's envelopes leave the queue: a crash loses no processed event.
     */
    private static Storage h2(Path dataDir, int cacheMegabytes) {
        JdbcStorage store = JdbcStorage.h2(dataDir, cacheMegabytes);
        LocalQueueFile queueFile = new LocalQueueFile(dataDir);
        Supplier<QueueTable<InboundEnvelope>> local = queueFile::table;
        return new Storage("h2", store.stores(), store.campaignStores(), local, local, store::makeDurable, store::ping, () -> {
            queueFile.close();
            store.close();
        });
    }

    private static Storage postgres(GatewayConfiguration config, Environment environment) {
        DataSourceFactory factory = postgresPool(DatabaseUrl.parse(config.databaseUrl()));
        // Dropwizard's pool registers its gauges (active, idle, waiting connections) with the metric registry.
        ManagedDataSource dataSource = factory.build(environment.metrics(), "postgresql");
        environment.lifecycle().manage(dataSource);
        JdbcStorage jdbc = JdbcStorage.postgres(dataSource);
        LocalQueueFile spillFile = new LocalQueueFile(Path.of(config.dataDir()));
        // a commit on PostgreSQL is durable already: nothing to do after a batch
        return new Storage("postgresql", jdbc.stores(), jdbc.campaignStores(), jdbc::envelopeTable, spillFile::table, () -> {}, jdbc::ping, () -> {
            spillFile.close();
            jdbc.close();
        });
    }

    /**
     * The pool's settings. Every statement is planned for the values it is given ({@code plan_cache_mode}, PostgreSQL
     * 12 or newer): the driver prepares a statement on the server after five runs, and PostgreSQL may then keep a
     * generic plan made while the tables were small. Measured on a fresh database with autovacuum off: the tracking
     * lookup by BSP message id kept a sequential scan, 1.1 s per batch at 140,000 messages, and processing fell to
     * about 200 events/s. The gateway's statements are key lookups and batched writes, cheap to plan each time.
     */
    static DataSourceFactory postgresPool(DatabaseUrl url) {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setUrl(url.jdbcUrl());
        if (url.user() != null) {
            factory.setUser(url.user());
        }
        if (url.password() != null) {
            factory.setPassword(url.password());
        }
        factory.setMaxSize(32);
        // after an outage the pool would hand out connections that died with it: check one before use, at most once
        // a second (a SELECT 1 per connection per second at the most)
        factory.setCheckConnectionOnBorrow(true);
        factory.setValidationInterval(io.dropwizard.util.Duration.seconds(1));
        factory.setProperties(Map.of(
                "options", "-c plan_cache_mode=force_custom_plan",
                // a batch of inserts (the tracking writes, the deliveries planned) runs as multi-row INSERTs rather
                // than one statement per row: processing on the local PostgreSQL went 1,998 -> 2,162 envelopes/s
                "reWriteBatchedInserts", "true"));
        return factory;
    }

    /**
     * MongoDB holds the data; the embedded envelope queue (used when RabbitMQ is not configured) stays in a local
     * H2 file, which is opened only if that queue is asked for.
     */
    private static Storage mongo(GatewayConfiguration config) {
        MongoStorage mongo = MongoStorage.connect(config.mongoUri(), config.databaseName(), config.mongoPool(),
                config.mongoPartialIndexes);
        LocalQueueFile queueFile = new LocalQueueFile(Path.of(config.dataDir()));
        Supplier<QueueTable<InboundEnvelope>> local = queueFile::table;
        // writes are acknowledged once journaled on a majority (MongoStorage.DURABLE): nothing to do after a batch
        return new Storage("mongodb", mongo.stores(), mongo.campaignStores(), local, local, () -> {}, mongo::ping, () -> {
            queueFile.close();
            mongo.close();
        });
    }

    /** The H2 file that holds only the envelope queue, under {@code <dataDir>/queue}. */
    private static final class LocalQueueFile implements AutoCloseable {
        private final Path dataDir;
        private JdbcStorage storage;

        LocalQueueFile(Path dataDir) {
            this.dataDir = dataDir;
        }

        synchronized QueueTable<InboundEnvelope> table() {
            if (storage == null) {
                storage = JdbcStorage.h2(dataDir.resolve("queue"));
            }
            return storage.envelopeTable();
        }

        @Override
        public synchronized void close() {
            if (storage != null) {
                storage.close();
            }
        }
    }

}
