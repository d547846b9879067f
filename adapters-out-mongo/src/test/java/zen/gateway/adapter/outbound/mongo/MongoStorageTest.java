package zen.gateway.adapter.outbound.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static zen.gateway.application.contract.Fixtures.at;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;

class MongoStorageTest {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    /** Only project numbers here: connect() creates partial indexes, which the test server does not honour. */
    @Test
    void connectsWithAConnectionStringAndPoolSettings() {
        try (MongoStorage storage = MongoStorage.connect(
                MONGO.connectionString(), MONGO.freshDatabaseName(), new MongoStorage.Pool(4, Duration.ofSeconds(2)))) {
            storage.ping();
            storage.stores().projectNumbers().assign("919900000001", "project-1");

            assertThat(storage.stores().projectNumbers().projectOf("919900000001")).contains("project-1");
        }
    }

    @Test
    void pingFailsOnceTheServerIsGone() {
        MongoServer server = new MongoServer(new MemoryBackend());
        String connectionString = server.bindAndGetConnectionString() + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500";
        try (MongoStorage storage = MongoStorage.connect(connectionString, "zen_ping", MongoStorage.Pool.DEFAULT)) {
            assertThatCode(storage::ping).doesNotThrowAnyException();

            server.shutdownNow();

            assertThatThrownBy(storage::ping).isInstanceOf(MongoException.class);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void closingAStorageThatUsesAClientLeavesTheClientOpen() {
        MongoClient client = MONGO.newClient(settings -> {});

        MongoStorage.using(client, MONGO.freshDatabaseName()).close();

        assertThatCode(() -> MongoStorage.using(client, MONGO.freshDatabaseName()).ping()).doesNotThrowAnyException();
    }

    @Test
    void closingAConnectedStorageClosesItsConnection() {
        MongoStorage storage = MongoStorage.connect(MONGO.connectionString(), MONGO.freshDatabaseName(), MongoStorage.Pool.DEFAULT);

        storage.close();

        assertThatThrownBy(storage::ping).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theStoresShareOneDatabase() {
        String database = MONGO.freshDatabaseName();
        MongoStorage first = MongoStorage.using(MONGO.client(), database);
        MongoStorage second = MongoStorage.using(MONGO.client(), database);

        first.stores().quarantine().keep(new QuarantinedInput(
                "q-1", "webhook/datagen", "not JSON", at(0), new byte[] {1, 2, 3}));

        assertThat(second.stores().quarantine().count()).isEqualTo(1);
    }

    @Test
    void aPoolHoldsAtLeastOneConnection() {
        assertThatThrownBy(() -> new MongoStorage.Pool(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MongoStorage.Pool(1, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
