package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import zen.gateway.application.port.outbound.campaigns.SenderReach;
import zen.gateway.application.port.outbound.send.SendContents;
import zen.gateway.domain.send.SendState;

/**
 * {@link SenderReach} counted on {@code message_sends} in the server (one group per number, then one count),
 * through the (sender_id, created_at) index. Thread-safe.
 */
final class MongoSenderReach implements SenderReach {

    private static final String TEMPLATE = "^" + Pattern.quote(SendContents.TEMPLATE_PREFIX);

    private final MongoCollection<Document> sends;

    MongoSenderReach(MongoCollection<Document> sends) {
        this.sends = sends;
    }

    @Override
    public long recipientsReached(String senderId, Instant since) {
        Document counted = sends.aggregate(List.of(
                Aggregates.match(and(eq(SendFields.SENDER_ID, senderId), gt(SendFields.CREATED_AT, BsonTime.date(since)),
                        ne(SendFields.STATE, SendState.FAILED.name()), regex(SendFields.CONTENT, TEMPLATE))),
                Aggregates.group("$" + SendFields.TO),
                Aggregates.group(null, Accumulators.sum("n", 1)))).first();
        return counted == null ? 0 : counted.get("n", Number.class).longValue();
    }
}
