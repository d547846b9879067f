package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.paging.Position;

/**
 * Keyset paging over a listing sorted by (time, id) descending: a page starts strictly after the cursor, so
 * items written meanwhile neither repeat nor shift the next page.
 */
record NewestFirst(String timeField, String idField) {

    Bson sort() {
        return Sorts.descending(timeField, idField);
    }

    Bson after(Position cursor) {
        return or(
                lt(timeField, BsonTime.date(cursor.createdAt())),
                and(eq(timeField, BsonTime.date(cursor.createdAt())), lt(idField, cursor.id())));
    }
}
