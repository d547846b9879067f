package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.List;
import org.bson.conversions.Bson;

/** Filters built from optional parts: a query's null fields select everything. */
final class Queries {

    private Queries() {}

    /** Every filter must hold; no filter at all matches everything (MongoDB rejects an empty {@code $and}). */
    static Bson allOf(List<Bson> filters) {
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }

    static void addIfSet(List<Bson> filters, String field, Object value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }

    /** A time window: {@code from} inclusive, {@code to} exclusive, null meaning open. */
    static void addWindow(List<Bson> filters, String field, Instant from, Instant to) {
        if (from != null) {
            filters.add(gte(field, BsonTime.date(from)));
        }
        if (to != null) {
            filters.add(lt(field, BsonTime.date(to)));
        }
    }
}
