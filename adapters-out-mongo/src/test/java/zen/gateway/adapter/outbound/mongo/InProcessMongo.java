package zen.gateway.adapter.outbound.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-process, MongoDB-wire-compatible server (mongo-java-server, memory backend) on a random loopback port,
 * one per test class, reached through the real driver. Every {@link #freshStorage()} is a new database, so tests
 * never see each other's data. Register as a static {@code @RegisterExtension} field.
 */
final class InProcessMongo implements BeforeAllCallback, AfterAllCallback {

    private final AtomicInteger databases = new AtomicInteger();
    private final List<MongoClient> clients = new ArrayList<>();
    private MongoServer server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = newClient(settings -> {});
    }

    @Override
    public void afterAll(ExtensionContext context) {
        clients.forEach(MongoClient::close);
        server.shutdownNow();
    }

    /** Storage on a new, empty database, through the shared client. */
    MongoStorage freshStorage() {
        return MongoStorage.using(client, freshDatabaseName());
    }

    String freshDatabaseName() {
        return "zen_test_" + databases.incrementAndGet();
    }

    MongoClient client() {
        return client;
    }

    /** A further client of the server, with its own connection pool, closed after the test class. */
    MongoClient newClient(Consumer<MongoClientSettings.Builder> adjust) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS));
        adjust.accept(settings);
        MongoClient created = MongoClients.create(settings.build());
        clients.add(created);
        return created;
    }

    String connectionString() {
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }
}
