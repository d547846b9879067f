package zen.gateway.adapter.outbound.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The retention purge's one batch on any collection: the ids of at most {@code limit} documents older than the cutoff
 * (by an indexed time), then one delete of those ids. A TTL index would do it unasked, but on its own clock, with no
 * count of what it removed and no admin task to run it now.
 */
final class Expiry {

    private Expiry() {}

    static int deleteOlderThan(MongoCollection<Document> collection, String timeField, Bson narrowing, Instant cutoff, int limit) {
        Bson older = Filters.lt(timeField, BsonTime.date(cutoff));
        List<Object> ids = collection.find(narrowing == null ? older : Filters.and(older, narrowing))
                .projection(Projections.include("_id"))
                .limit(limit)
                .map(d -> d.get("_id"))
                .into(new ArrayList<>());
        if (ids.isEmpty()) {
            return 0;
        }
        return (int) collection.deleteMany(Filters.in("_id", ids)).getDeletedCount();
    }
}
