package zen.gateway.adapter.outbound.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A fresh, empty {@link JdbcStorage} for every test: on H2, a new database in the test class's temporary
 * directory; on PostgreSQL, a new schema (dropped afterwards) in the database named by {@code ZEN_TEST_POSTGRES_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}). Register it as a static field.
 */
public final class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    static final String POSTGRES_URL = System.getenv().getOrDefault("ZEN_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getenv().getOrDefault("ZEN_TEST_POSTGRES_USER", "postgres");
    static final String POSTGRES_PASSWORD = System.getenv().getOrDefault("ZEN_TEST_POSTGRES_PASSWORD", "");

    private final boolean postgres;
    private final AtomicInteger tests = new AtomicInteger();
    private Path classDirectory;
    private Path directory;
    private String schema;
    private JdbcConnectionPool pool;
    private JdbcStorage storage;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    public static TestDatabase h2() {
        return new TestDatabase(false);
    }

    public static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    public JdbcStorage storage() {
        return storage;
    }

    /** Closes the storage and opens the same database again, as a restarted process would. */
    public JdbcStorage reopen() {
        storage.close();
        storage = open();
        return storage;
    }

    /** Plain access to the test's database, beside the storage. */
    Jdbi jdbi() {
        return postgres ? Jdbi.create(pool) : Jdbi.create(JdbcStorage.h2Url(directory), "sa", "");
    }

    /** Another storage on the same database, as a second node would have; the caller closes it. */
    public JdbcStorage secondNode() {
        return postgres ? JdbcStorage.postgres(pool) : JdbcStorage.h2(directory);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!postgres) {
            classDirectory = Files.createTempDirectory("zen-h2-");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        if (postgres) {
            schema = createSchema();
            pool = pool(schema);
        } else {
            directory = classDirectory.resolve("test-" + tests.incrementAndGet());
        }
        storage = open();
    }

    private JdbcStorage open() {
        return postgres ? JdbcStorage.postgres(pool) : JdbcStorage.h2(directory);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        storage.close();
        if (postgres) {
            pool.dispose();
            dropSchema(schema);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (classDirectory != null) {
            try (Stream<Path> files = Files.walk(classDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(TestDatabase::delete);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty PostgreSQL schema. */
    static String createSchema() throws SQLException {
        String name = "zen_test_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE SCHEMA " + name);
        return name;
    }

    static void dropSchema(String name) throws SQLException {
        admin("DROP SCHEMA " + name + " CASCADE");
    }

    /** A connection pool whose connections work in the schema (the search path set by the JDBC URL). */
    static JdbcConnectionPool pool(String schema) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(POSTGRES_URL);
        source.setUser(POSTGRES_USER);
        source.setPassword(POSTGRES_PASSWORD);
        source.setCurrentSchema(schema);
        // as the gateway connects (StorageFactory): batches become multi-row INSERTs that report no row counts
        source.setReWriteBatchedInserts(true);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(32);
        return pool;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
