package zen.gateway.adapter.outbound.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import zen.gateway.adapter.outbound.mongo.MongoSchema.PartialIndexes;
import zen.gateway.application.port.outbound.Stores;
import zen.gateway.application.port.outbound.campaigns.CampaignStores;

/**
 * The gateway's stores on one MongoDB database. Creating it creates the collections and indexes the stores need
 * (idempotently, so every node may do it at start). Thread-safe; the stores share the client's connection pool.
 *
 * <pre>{@code
 * try (MongoStorage storage = MongoStorage.connect(
 *         "mongodb://db1,db2/?replicaSet=rs0", "zen_messaging", MongoStorage.Pool.DEFAULT)) {
 *     storage.ping();
 *     storage.stores().messages().apply(updates);
 * }
 * }</pre>
 */
public final class MongoStorage implements AutoCloseable {

    /**
     * The connection pool: at most {@code maxSize} connections, and how long a store call waits for a free one
     * before it fails.
     */
    public record Pool(int maxSize, Duration maxWaitTime) {

        /** The driver's own defaults. */
        public static final Pool DEFAULT = new Pool(100, Duration.ofMinutes(2));

        public Pool {
            Objects.requireNonNull(maxWaitTime, "maxWaitTime");
            if (maxSize < 1) {
                throw new IllegalArgumentException("a pool holds at least one connection");
            }
            if (maxWaitTime.isNegative()) {
                throw new IllegalArgumentException("maxWaitTime must not be negative");
            }
        }
    }

    /**
     * Unless the connection string names another: a write is acknowledged once a majority of the replica set has
     * it in its on-disk journal. The gateway answers a BSP 200 and acks a broker message only after its writes are
     * acknowledged, so an acknowledgement must survive the primary crashing (journal) and a failover to a secondary
     * (majority). On a single node, majority is that node.
     */
    static final WriteConcern DURABLE = WriteConcern.MAJORITY.withJournal(true);

    private final MongoClient client;
    private final boolean ownsClient;
    private final MongoDatabase database;
    private final Stores stores;
    private final CampaignStores campaignStores;

    private MongoStorage(MongoClient client, boolean ownsClient, String databaseName, PartialIndexes partialIndexes) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.database = client.getDatabase(databaseName);
        MongoSchema.ensure(database, partialIndexes);
        this.stores = new Stores(
                new MongoMessageStore(database.getCollection(MongoSchema.MESSAGES)),
                new MongoProjectNumberStore(database.getCollection(MongoSchema.PROJECT_NUMBERS)),
                new MongoEndpointStore(database.getCollection(MongoSchema.ENDPOINTS)),
                new MongoDeliveryStore(database.getCollection(MongoSchema.DELIVERIES)),
                new MongoQuarantineStore(database.getCollection(MongoSchema.QUARANTINE)),
                new MongoApiKeyStore(database.getCollection(MongoSchema.API_KEYS)),
                new MongoAuditLog(database.getCollection(MongoSchema.AUDIT)),
                new MongoInboundMessageStore(database.getCollection(MongoSchema.INBOUND)),
                new MongoSenderStore(database.getCollection(MongoSchema.SENDERS)),
                new MongoSendStore(database.getCollection(MongoSchema.SENDS)));
        CampaignSchema.ensure(database);
        this.campaignStores = new CampaignStores(
                new MongoCampaignStore(database.getCollection(CampaignSchema.CAMPAIGNS)),
                new MongoRecipientStore(database.getCollection(CampaignSchema.RECIPIENTS)),
                new MongoOptOutStore(database.getCollection(CampaignSchema.OPT_OUTS)),
                new MongoSenderReach(database.getCollection(MongoSchema.SENDS)));
    }

    /**
     * Connects with a connection string ({@code mongodb://...} or {@code mongodb+srv://...}; write concern, TLS
     * and timeouts go there) and the given pool, which wins over pool options in the string. {@link #close()}
     * closes the connection.
     */
    public static MongoStorage connect(String connectionString, String databaseName, Pool pool) {
        return connect(connectionString, databaseName, pool, true);
    }

    /**
     * As {@link #connect(String, String, Pool)}, for servers that speak MongoDB's protocol but do not apply
     * partial indexes ({@code partialIndexes} false): the wamid index is then sparse and the BSP id index left
     * out, as with {@link #using}. Duplicates are still dropped upstream by event id.
     */
    public static MongoStorage connect(String connectionString, String databaseName, Pool pool, boolean partialIndexes) {
        ConnectionString connection = new ConnectionString(connectionString);
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(connection)
                .writeConcern(connection.getWriteConcern() != null ? connection.getWriteConcern() : DURABLE)
                .applyToConnectionPoolSettings(p -> p
                        .maxSize(pool.maxSize())
                        .maxWaitTime(pool.maxWaitTime().toMillis(), TimeUnit.MILLISECONDS))
                .applicationName("zen-gateway")
                .build();
        MongoClient client = MongoClients.create(settings);
        try {
            return new MongoStorage(client, true, databaseName,
                    partialIndexes ? PartialIndexes.HONOURED : PartialIndexes.IGNORED);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /**
     * For tests: storage through a client the caller owns (so {@link #close()} leaves it open), with the schema
     * the in-process test server (mongo-java-server) can hold. That server ignores partial indexes, so the unique
     * index on BSP message ids is left out and the one on wamids is sparse; applications use {@link #connect}.
     */
    public static MongoStorage using(MongoClient client, String databaseName) {
        return new MongoStorage(client, false, databaseName, PartialIndexes.IGNORED);
    }

    public Stores stores() {
        return stores;
    }

    public CampaignStores campaignStores() {
        return campaignStores;
    }

    /** A round trip to the server ({@code {ping: 1}}); throws a {@link com.mongodb.MongoException} when it cannot answer. */
    public void ping() {
        database.runCommand(new Document("ping", 1));
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
