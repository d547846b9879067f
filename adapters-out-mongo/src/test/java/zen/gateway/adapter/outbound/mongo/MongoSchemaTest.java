package zen.gateway.adapter.outbound.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.adapter.outbound.mongo.MongoSchema.PartialIndexes;

class MongoSchemaTest {

    @RegisterExtension
    static final InProcessMongo MONGO = new InProcessMongo();

    private final MongoDatabase database = MONGO.client().getDatabase(MONGO.freshDatabaseName());

    private Map<String, List<Document>> indexesPerCollection() {
        Map<String, List<Document>> indexes = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            List<Document> specs = database.getCollection(collection).listIndexes().into(new ArrayList<>());
            specs.forEach(spec -> spec.remove("ns")); // the test server adds the namespace, MongoDB does not
            indexes.put(collection, specs);
        }
        return indexes;
    }

    private Document index(String collection, Document keys) {
        return indexesPerCollection().get(collection).stream()
                .filter(spec -> spec.get("key", Document.class).equals(keys))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no index " + keys.toJson() + " on " + collection));
    }

    @Test
    void creatingTheSchemaTwiceChangesNothing() {
        MongoSchema.ensure(database, PartialIndexes.HONOURED);
        Map<String, List<Document>> first = indexesPerCollection();

        MongoSchema.ensure(database, PartialIndexes.HONOURED);

        assertThat(indexesPerCollection()).isEqualTo(first);
        assertThat(first).containsOnlyKeys(
                "unified_message_tracking", "webhook_delivery_logs", "webhooks", "project_numbers", "quarantine", "api_keys",
                "audit_log", "inbound_messages", "senders", "message_sends", "schema_migrations");
    }

    @Test
    void storagesOnOneDatabaseShareTheSchema() {
        String name = MONGO.freshDatabaseName();

        MongoStorage.using(MONGO.client(), name).ping();
        MongoStorage.using(MONGO.client(), name).ping();

        // the ten stores, the record of one-time migrations, and the three campaign collections
        assertThat(MONGO.client().getDatabase(name).listCollectionNames().into(new ArrayList<>())).hasSize(14);
    }

    @Test
    void messageKeysAreUniqueWithoutRequiringEveryMessageToHaveBoth() {
        MongoSchema.ensure(database, PartialIndexes.HONOURED);

        Document wamid = index("unified_message_tracking", new Document("wamid", 1));
        Document bspKey = index("unified_message_tracking", new Document("bsp_message_id", 1).append("bsp", 1));

        assertThat(wamid).containsEntry("unique", true)
                .containsEntry("partialFilterExpression", new Document("wamid", new Document("$gt", "")));
        assertThat(bspKey).containsEntry("unique", true)
                .containsEntry("partialFilterExpression", new Document("bsp_message_id", new Document("$gt", "")));
    }

    @Test
    void queriesAndClaimsHaveTheirIndexes() {
        MongoSchema.ensure(database, PartialIndexes.HONOURED);

        index("unified_message_tracking", new Document("project_owner_id", 1).append("created_at", -1));
        index("unified_message_tracking", new Document("campaign_id", 1));
        index("webhook_delivery_logs", new Document("project_owner_id", 1).append("created_at", -1));
        index("webhook_delivery_logs", new Document("status", 1).append("next_attempt_at", 1));
        index("webhooks", new Document("project_owner_id", 1).append("created_at", 1));
        assertThat(index("project_numbers", new Document("business_number", 1))).containsEntry("unique", true);
        index("quarantine", new Document("received_at", -1).append("_id", -1));
        assertThat(index("api_keys", new Document("key_hash", 1))).containsEntry("unique", true);
        index("api_keys", new Document("project_owner_id", 1).append("created_at", 1));
        index("audit_log", new Document("project_owner_id", 1).append("at", -1).append("_id", -1));
        index("audit_log", new Document("at", -1).append("_id", -1));
        index("unified_message_tracking", new Document("project_owner_id", 1).append("phone_number", 1).append("created_at", -1));
        index("inbound_messages", new Document("project_owner_id", 1).append("customer_number", 1)
                .append("occurred_at", -1).append("_id", -1));
        index("inbound_messages", new Document("received_at", 1));
    }

    @Test
    void aServerThatIgnoresPartialIndexesGetsNoUniqueIndexThatWouldRefuseMessagesWithoutAKey() {
        MongoSchema.ensure(database, PartialIndexes.IGNORED);

        assertThat(index("unified_message_tracking", new Document("wamid", 1)))
                .containsEntry("unique", true).containsEntry("sparse", true);
        assertThat(indexesPerCollection().get("unified_message_tracking"))
                .extracting(spec -> spec.get("key", Document.class))
                .doesNotContain(new Document("bsp_message_id", 1).append("bsp", 1));
    }
}
