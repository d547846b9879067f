package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;
import static zen.gateway.adapter.outbound.mongo.MessageFields.HISTORY_SOURCE;
import static zen.gateway.adapter.outbound.mongo.MessageFields.HISTORY_STATUS;
import static zen.gateway.adapter.outbound.mongo.MessageFields.HISTORY_TIMESTAMP;
import static zen.gateway.adapter.outbound.mongo.MessageFields.ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.STATUS_HISTORY;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * Once per database: removes the history entries that repeat a report already kept (same status, source and time,
 * arrived again), written before each entry carried its event id and a repeat was refused. The first arrival stays.
 * Recorded in {@code schema_migrations}, so that it runs once whichever node starts first; running it twice (two
 * nodes at once) only repeats the same idempotent rewrite.
 */
final class HistoryRepeats {

    static final String MIGRATIONS = "schema_migrations";
    static final String NAME = "history-once-per-event";

    private HistoryRepeats() {}

    static void removeOnce(MongoDatabase database) {
        MongoCollection<Document> migrations = database.getCollection(MIGRATIONS);
        if (migrations.find(eq(ID, NAME)).first() != null) {
            return;
        }
        MongoCollection<Document> messages = database.getCollection(MongoSchema.MESSAGES);
        for (Document message : messages.find().projection(include(STATUS_HISTORY))) {
            List<Document> history = message.getList(STATUS_HISTORY, Document.class, List.of());
            List<Document> kept = firstOfEachReport(history);
            if (kept.size() < history.size()) {
                messages.updateOne(eq(ID, message.get(ID)), Updates.set(STATUS_HISTORY, kept));
            }
        }
        try {
            migrations.insertOne(new Document(ID, NAME));
        } catch (MongoWriteException anotherNodeRecordedIt) {
            // the same rewrite ran twice; nothing to undo
        }
    }

    private static List<Document> firstOfEachReport(List<Document> history) {
        Set<List<Object>> seen = new HashSet<>();
        List<Document> kept = new ArrayList<>();
        for (Document entry : history) {
            if (seen.add(List.of(String.valueOf(entry.get(HISTORY_STATUS)), String.valueOf(entry.get(HISTORY_SOURCE)),
                    String.valueOf(entry.get(HISTORY_TIMESTAMP))))) {
                kept.add(entry);
            }
        }
        return kept;
    }
}
