package zen.gateway.adapter.outbound.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import zen.gateway.application.port.outbound.Stores;
import zen.gateway.application.port.outbound.campaigns.CampaignStores;
import zen.gateway.application.port.outbound.queue.QueueTable;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * The gateway's stores on one SQL database: PostgreSQL in production, an H2 file in the embedded mode. Opening
 * it brings the schema up to date. Thread-safe; close it once, after the components using it have stopped.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.h2(Path.of("data"));          // embedded
 * JdbcStorage storage = JdbcStorage.postgres(pooledDataSource);   // production; the caller owns the pool
 * MessageStore messages = storage.stores().messages();
 * QueueTable<InboundEnvelope> envelopes = storage.envelopeTable(); // for the embedded transport
 * }</pre>
 */
public final class JdbcStorage implements AutoCloseable {

    /** The H2 file's name in the data directory ({@code gateway.mv.db} on disk). */
    static final String H2_DATABASE = "gateway";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final AutoCloseable ownPool;
    private final Stores stores;
    private final CampaignStores campaignStores;
    private JdbcEnvelopeTable envelopeTable;
    private boolean closed;

    private JdbcStorage(DataSource dataSource, Dialect dialect, AutoCloseable ownPool) {
        this.dialect = dialect;
        this.ownPool = ownPool;
        this.jdbi = Jdbi.create(dataSource);
        jdbi.registerArgument(new InstantArgumentFactory());
        this.stores = new Stores(new JdbcMessageStore(jdbi), new JdbcProjectNumberStore(jdbi), new JdbcEndpointStore(jdbi),
                new JdbcDeliveryStore(jdbi, dialect), new JdbcQuarantineStore(jdbi), new JdbcApiKeyStore(jdbi), new JdbcAuditLog(jdbi),
                new JdbcInboundMessageStore(jdbi), new JdbcSenderStore(jdbi), new JdbcSendStore(jdbi));
        this.campaignStores = new CampaignStores(new JdbcCampaignStore(jdbi), new JdbcRecipientStore(jdbi, dialect),
                new JdbcOptOutStore(jdbi), new JdbcSenderReach(jdbi));
    }

    /** H2's own default page cache: enough for a small file, such as the embedded envelope queue's. */
    private static final int DEFAULT_H2_CACHE_MEGABYTES = 16;

    /** The embedded database: an H2 file in {@code dataDir} (created if missing), with H2's default page cache. */
    public static JdbcStorage h2(Path dataDir) {
        return h2(dataDir, DEFAULT_H2_CACHE_MEGABYTES);
    }

    /**
     * The embedded database: an H2 file in {@code dataDir} (created if missing), with its own connection pool and
     * a page cache of {@code cacheMegabytes} on the heap.
     */
    public static JdbcStorage h2(Path dataDir, int cacheMegabytes) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(h2Url(dataDir) + ";CACHE_SIZE=" + cacheMegabytes * 1024, "sa", "");
        pool.setMaxConnections(32);
        return open(pool, Dialect.H2, pool::dispose);
    }

    /**
     * H2 in PostgreSQL mode, so that one SQL text serves both; lower-case names as PostgreSQL folds them; a lock
     * timeout long enough for a consumer batch to commit.
     */
    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(H2_DATABASE)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
    }

    /** PostgreSQL through the caller's pooled data source, which the caller closes after this storage. */
    public static JdbcStorage postgres(DataSource dataSource) {
        return open(Objects.requireNonNull(dataSource, "dataSource"), Dialect.POSTGRES, () -> {});
    }

    private static JdbcStorage open(DataSource dataSource, Dialect dialect, AutoCloseable ownPool) {
        JdbcStorage storage = new JdbcStorage(dataSource, dialect, ownPool);
        try {
            storage.migrate();
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        return storage;
    }

    /** Applies the schema scripts not applied yet; returns their versions (none when the schema is current). */
    List<Integer> migrate() {
        return new SchemaMigration(jdbi, dialect).migrate();
    }

    public Stores stores() {
        return stores;
    }

    public CampaignStores campaignStores() {
        return campaignStores;
    }

    /** {@code inbound_envelopes}: the embedded transport's queue of webhooks, in this database. */
    public synchronized QueueTable<InboundEnvelope> envelopeTable() {
        if (closed) {
            throw new IllegalStateException("the storage is closed");
        }
        if (envelopeTable == null) {
            envelopeTable = new JdbcEnvelopeTable(jdbi, dialect);
        }
        return envelopeTable;
    }

    /**
     * Makes every commit so far survive a crash of the process. A commit already does on PostgreSQL; H2 has no redo
     * log, and this forces what it would otherwise write within its write delay. Costly on H2: call it once for
     * many commits (e.g. once per processed batch), not per commit.
     */
    public void makeDurable() {
        dialect.makeCommitsDurable().ifPresent(statement -> jdbi.useHandle(handle -> handle.execute(statement)));
    }

    /** Runs a trivial query; throws when the database cannot answer. For health checks. */
    public void ping() {
        jdbi.useHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    /**
     * Closes the connection pool if this storage made it; whatever uses its stores (the transport's queue included)
     * must have stopped first. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            ownPool.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not close the connection pool", e);
        }
    }
}
