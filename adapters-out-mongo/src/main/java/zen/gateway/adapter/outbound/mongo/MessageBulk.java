package zen.gateway.adapter.outbound.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import zen.gateway.adapter.outbound.mongo.PlannedWrite.Purpose;

/**
 * Runs planned writes as one unordered bulk write, so that a key refused for one message does not hold up the
 * others, and sorts out what happened to the messages the batch meant to create.
 */
final class MessageBulk {

    /**
     * @param conflicted messages whose {@code APPLY} a unique index refused: nothing of their updates was applied
     * @param raced messages the batch meant to create that someone else created first: applied, still to complete
     * @param conflict the exception that reported the conflicts, null when there were none
     */
    record Outcome(Set<MessageTarget> conflicted, List<MessageTarget> raced, MongoBulkWriteException conflict) {}

    private static final Outcome NOTHING = new Outcome(Set.of(), List.of(), null);

    private MessageBulk() {}

    static Outcome write(MongoCollection<Document> messages, List<PlannedWrite> writes) {
        if (writes.isEmpty()) {
            return NOTHING;
        }
        BulkWriteOptions unordered = new BulkWriteOptions().ordered(false);
        try {
            BulkWriteResult result = messages.bulkWrite(writes.stream().map(PlannedWrite::model).toList(), unordered);
            return outcome(writes, result, Set.of(), null);
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            Set<MessageTarget> conflicted = new LinkedHashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                PlannedWrite failed = writes.get(error.getIndex());
                if (!DuplicateKeys.isDuplicateKey(error) || failed.purpose() == Purpose.COMPLETE) {
                    throw e;
                }
                if (failed.purpose() == Purpose.APPLY) {
                    conflicted.add(failed.target());
                }
                // a refused LEARN_KEY needs nothing: the key names another message, and a message never takes it over
            }
            return outcome(writes, e.getWriteResult(), conflicted, conflicted.isEmpty() ? null : e);
        }
    }

    private static Outcome outcome(
            List<PlannedWrite> writes, BulkWriteResult result, Set<MessageTarget> conflicted, MongoBulkWriteException conflict) {
        Set<Integer> inserted = new HashSet<>();
        for (BulkWriteUpsert upsert : result.getUpserts()) {
            inserted.add(upsert.getIndex());
        }
        List<MessageTarget> raced = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            PlannedWrite write = writes.get(i);
            if (write.purpose() == Purpose.APPLY && write.target().createdByBatch()
                    && !inserted.contains(i) && !conflicted.contains(write.target())) {
                raced.add(write.target());
            }
        }
        return new Outcome(Set.copyOf(conflicted), raced, conflict);
    }
}
