package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static zen.gateway.adapter.outbound.mongo.InboundFields.BSP;
import static zen.gateway.adapter.outbound.mongo.InboundFields.BUSINESS_NUMBER;
import static zen.gateway.adapter.outbound.mongo.InboundFields.CUSTOMER_NUMBER;
import static zen.gateway.adapter.outbound.mongo.InboundFields.ID;
import static zen.gateway.adapter.outbound.mongo.InboundFields.MEDIA_ID;
import static zen.gateway.adapter.outbound.mongo.InboundFields.MIME_TYPE;
import static zen.gateway.adapter.outbound.mongo.InboundFields.OCCURRED_AT;
import static zen.gateway.adapter.outbound.mongo.InboundFields.PROFILE_NAME;
import static zen.gateway.adapter.outbound.mongo.InboundFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.InboundFields.RECEIVED_AT;
import static zen.gateway.adapter.outbound.mongo.InboundFields.REPLY_TO;
import static zen.gateway.adapter.outbound.mongo.InboundFields.TEXT;
import static zen.gateway.adapter.outbound.mongo.InboundFields.TYPE;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.conversations.CustomerActivity;
import zen.gateway.application.port.outbound.conversations.InboundMessageStore;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.usage.Grouping;
import zen.gateway.application.port.outbound.usage.InboundUsage;
import zen.gateway.application.port.outbound.usage.UsageWindow;
import zen.gateway.domain.conversation.ReceivedMessage;

/**
 * {@link InboundMessageStore} on {@code inbound_messages}. Keeping is an upsert that only sets on insert, so a repeat
 * keeps the first and raises no duplicate-key error in the middle of a bulk write. Thread-safe.
 */
final class MongoInboundMessageStore implements InboundMessageStore {

    private static final NewestFirst NEWEST_FIRST = new NewestFirst(OCCURRED_AT, ID);
    private static final String LAST = "last";

    private final MongoCollection<Document> inbound;

    MongoInboundMessageStore(MongoCollection<Document> inbound) {
        this.inbound = inbound;
    }

    @Override
    public void keep(List<ReceivedMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (ReceivedMessage m : messages) {
            Document fields = new Document(BSP, m.bsp())
                    .append(PROJECT_OWNER_ID, m.projectOwnerId())
                    .append(CUSTOMER_NUMBER, m.customerNumber())
                    .append(BUSINESS_NUMBER, m.businessNumber())
                    .append(PROFILE_NAME, m.profileName())
                    .append(TYPE, m.type())
                    .append(TEXT, m.text())
                    .append(MEDIA_ID, m.mediaId())
                    .append(MIME_TYPE, m.mimeType())
                    .append(REPLY_TO, m.replyTo())
                    .append(OCCURRED_AT, BsonTime.date(m.occurredAt()))
                    .append(RECEIVED_AT, BsonTime.date(m.receivedAt()));
            writes.add(new UpdateOneModel<>(eq(ID, m.id()), new Document("$setOnInsert", fields),
                    new UpdateOptions().upsert(true)));
        }
        inbound.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    @Override
    public Optional<ReceivedMessage> find(String id) {
        return Optional.ofNullable(inbound.find(eq(ID, id)).first()).map(MongoInboundMessageStore::message);
    }

    @Override
    public Slice<ReceivedMessage> byCustomer(String projectOwnerId, String customerNumber, Position after, int limit) {
        List<Bson> filters = new ArrayList<>(List.of(eq(PROJECT_OWNER_ID, projectOwnerId), eq(CUSTOMER_NUMBER, customerNumber)));
        if (after != null) {
            filters.add(NEWEST_FIRST.after(after));
        }
        List<ReceivedMessage> selected = inbound.find(and(filters))
                .sort(NEWEST_FIRST.sort())
                .limit(limit + 1)
                .map(MongoInboundMessageStore::message)
                .into(new ArrayList<>());
        return Slice.of(selected, limit, m -> new Position(m.occurredAt(), m.id()));
    }

    @Override
    public Slice<CustomerActivity> customers(String projectOwnerId, Position after, int limit) {
        List<Bson> pipeline = new ArrayList<>();
        pipeline.add(Aggregates.match(and(eq(PROJECT_OWNER_ID, projectOwnerId), ne(CUSTOMER_NUMBER, null))));
        pipeline.add(Aggregates.group("$" + CUSTOMER_NUMBER, Accumulators.max(LAST, "$" + OCCURRED_AT)));
        if (after != null) {
            pipeline.add(Aggregates.match(or(lt(LAST, BsonTime.date(after.createdAt())),
                    and(eq(LAST, BsonTime.date(after.createdAt())), lt(ID, after.id())))));
        }
        pipeline.add(Aggregates.sort(Sorts.descending(LAST, ID)));
        pipeline.add(Aggregates.limit(limit + 1));
        List<CustomerActivity> selected = inbound.aggregate(pipeline)
                .map(d -> new CustomerActivity(d.getString(ID), BsonTime.instant(d.get(LAST))))
                .into(new ArrayList<>());
        return Slice.of(selected, limit, c -> new Position(c.lastInboundAt(), c.customerNumber()));
    }

    @Override
    public Optional<Instant> lastInboundAt(String projectOwnerId, String customerNumber) {
        return Optional.ofNullable(inbound.find(and(eq(PROJECT_OWNER_ID, projectOwnerId), eq(CUSTOMER_NUMBER, customerNumber)))
                .sort(Sorts.descending(OCCURRED_AT))
                .limit(1)
                .first())
                .map(d -> BsonTime.instant(d.get(OCCURRED_AT)));
    }

    private static ReceivedMessage message(Document d) {
        return new ReceivedMessage(d.getString(ID), d.getString(BSP), d.getString(PROJECT_OWNER_ID), d.getString(CUSTOMER_NUMBER),
                d.getString(BUSINESS_NUMBER), d.getString(PROFILE_NAME), d.getString(TYPE), d.getString(TEXT),
                d.getString(MEDIA_ID), d.getString(MIME_TYPE), d.getString(REPLY_TO),
                BsonTime.instant(d.get(OCCURRED_AT)), BsonTime.instant(d.get(RECEIVED_AT)));
    }

    @Override
    public List<InboundUsage> inboundUsage(UsageWindow window) {
        Object group = window.grouping() == Grouping.BSP ? "$" + BSP : null;
        List<Bson> pipeline = List.of(
                Aggregates.match(and(eq(PROJECT_OWNER_ID, window.projectOwnerId()),
                        gte(OCCURRED_AT, BsonTime.date(window.from())), lt(OCCURRED_AT, BsonTime.date(window.to())))),
                Aggregates.group(new Document("b", UsagePipeline.bucketMillis(OCCURRED_AT, window)).append("g", group),
                        Accumulators.sum("n", 1)));
        List<InboundUsage> usage = new ArrayList<>();
        for (Document row : inbound.aggregate(pipeline)) {
            Document key = row.get("_id", Document.class);
            usage.add(new InboundUsage(Instant.ofEpochMilli(key.get("b", Number.class).longValue()), key.getString("g"),
                    row.get("n", Number.class).longValue()));
        }
        return usage;
    }

    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(inbound, RECEIVED_AT, null, cutoff, limit);
    }
}
