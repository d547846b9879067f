package zen.gateway.adapter.outbound.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;

/** {@link QuarantineStore} on {@code quarantine}; keeping an id twice keeps the first. Thread-safe. */
final class MongoQuarantineStore implements QuarantineStore {

    private final MongoCollection<Document> quarantine;

    MongoQuarantineStore(MongoCollection<Document> quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void keep(QuarantinedInput input) {
        try {
            quarantine.insertOne(QuarantineMapper.toDocument(input));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e.getError())) {
                throw e;
            }
        }
    }

    @Override
    public List<QuarantinedInput> newest(int limit) {
        if (limit <= 0) {
            return List.of(); // MongoDB reads a limit of 0 as "no limit"
        }
        return quarantine.find()
                .sort(Sorts.descending(QuarantineFields.RECEIVED_AT, QuarantineFields.ID))
                .limit(limit)
                .map(QuarantineMapper::toInput)
                .into(new ArrayList<>());
    }

    @Override
    public long count() {
        return quarantine.countDocuments();
    }

    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(quarantine, QuarantineFields.RECEIVED_AT, null, cutoff, limit);
    }
}
