package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static zen.gateway.adapter.outbound.mongo.MessageFields.BSP_MESSAGE_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.CAMPAIGN_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.MessageFields.MESSAGE_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.STATUS_RANK;
import static zen.gateway.adapter.outbound.mongo.MessageFields.WAMID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.application.port.outbound.tracking.MessageCountQuery;
import zen.gateway.application.port.outbound.tracking.MessageCounts;
import zen.gateway.application.port.outbound.tracking.MessageQuery;
import zen.gateway.application.port.outbound.tracking.MessageStore;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.usage.Grouping;
import zen.gateway.application.port.outbound.usage.OutboundUsage;
import zen.gateway.application.port.outbound.usage.UsageWindow;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;

/**
 * {@link MessageStore} on {@code unified_message_tracking}. A batch is one lookup of the messages its keys name,
 * then one unordered bulk write ({@link MessageWrites}); a message another node created meanwhile costs one
 * follow-up bulk write, and a key a unique index refused sends just those messages round again, looked up anew.
 * Thread-safe, and safe with other nodes writing the same collection.
 */
final class MongoMessageStore implements MessageStore {

    /** Each round needs another writer to win a race on the same keys; three in a row means a real conflict. */
    private static final int ROUNDS = 3;
    private static final NewestFirst NEWEST_FIRST = new NewestFirst(CREATED_AT, MESSAGE_ID);

    private final MongoCollection<Document> messages;

    MongoMessageStore(MongoCollection<Document> messages) {
        this.messages = messages;
    }

    @Override
    public void apply(List<MessageUpdate> updates) {
        if (!updates.isEmpty()) {
            apply(updates, lookup(updates));
        }
    }

    /** Applies a batch routed on {@code seen}, which may already be out of date: other nodes write too. */
    void apply(List<MessageUpdate> updates, List<KnownMessage> seen) {
        List<MessageUpdate> pending = updates;
        List<KnownMessage> known = seen;
        for (int round = 1; ; round++) {
            List<PlannedWrite> writes = new ArrayList<>();
            BatchPlan.route(pending, known).forEach(target -> writes.addAll(MessageWrites.of(target)));
            MessageBulk.Outcome outcome = MessageBulk.write(messages, writes);

            List<PlannedWrite> completions = new ArrayList<>();
            outcome.raced().forEach(target -> completions.addAll(MessageWrites.afterRace(target)));
            MessageBulk.write(messages, completions);

            if (outcome.conflicted().isEmpty()) {
                return;
            }
            if (round == ROUNDS) {
                throw outcome.conflict();
            }
            pending = updatesOf(outcome.conflicted(), pending);
            known = lookup(pending);
        }
    }

    private static List<MessageUpdate> updatesOf(Set<MessageTarget> targets, List<MessageUpdate> inBatchOrder) {
        Set<MessageUpdate> theirs = Collections.newSetFromMap(new IdentityHashMap<>());
        targets.forEach(target -> theirs.addAll(target.updates()));
        return inBatchOrder.stream().filter(theirs::contains).toList();
    }

    /** The stored messages any of the updates could be for. */
    private List<KnownMessage> lookup(List<MessageUpdate> updates) {
        Set<String> wamids = new LinkedHashSet<>();
        Set<String> bspMessageIds = new LinkedHashSet<>();
        for (MessageUpdate update : updates) {
            if (update.details().wamid() != null) {
                wamids.add(update.details().wamid());
            }
            if (update.details().bspMessageId() != null) {
                bspMessageIds.add(update.details().bspMessageId());
            }
        }
        List<Bson> byAnyKey = new ArrayList<>();
        if (!wamids.isEmpty()) {
            byAnyKey.add(in(WAMID, wamids));
        }
        if (!bspMessageIds.isEmpty()) {
            byAnyKey.add(in(BSP_MESSAGE_ID, bspMessageIds));
        }
        return messages.find(Filters.or(byAnyKey)).projection(KnownMessage.PROJECTION).map(KnownMessage::of).into(new ArrayList<>());
    }

    @Override
    public Optional<TrackedMessage> find(String id) {
        Document found = messages.find(eq(WAMID, id)).first();
        if (found == null) {
            // a BSP id without its BSP: the message that had it first
            found = messages.find(eq(BSP_MESSAGE_ID, id)).sort(Sorts.ascending(CREATED_AT, MESSAGE_ID)).first();
        }
        return Optional.ofNullable(found).map(MessageMapper::toMessage);
    }

    @Override
    public Slice<TrackedMessage> list(MessageQuery query) {
        List<Bson> filters = new ArrayList<>();
        Queries.addIfSet(filters, PROJECT_OWNER_ID, query.projectOwnerId());
        Queries.addIfSet(filters, CAMPAIGN_ID, query.campaignId());
        Queries.addIfSet(filters, STATUS_RANK, query.status() == null ? null : query.status().rank());
        Queries.addIfSet(filters, MessageFields.PHONE_NUMBER, query.customerNumber());
        if (query.after() != null) {
            filters.add(NEWEST_FIRST.after(query.after()));
        }
        List<TrackedMessage> selected = messages.find(Queries.allOf(filters))
                .sort(NEWEST_FIRST.sort())
                .limit(query.limit() + 1)
                .map(MessageMapper::toMessage)
                .into(new ArrayList<>());
        return Slice.of(selected, query.limit(), last -> new Position(last.createdAt(), last.messageId()));
    }

    @Override
    public MessageCounts count(MessageCountQuery query) {
        List<Bson> filters = new ArrayList<>();
        Queries.addIfSet(filters, PROJECT_OWNER_ID, query.projectOwnerId());
        Queries.addIfSet(filters, CAMPAIGN_ID, query.campaignId());
        Queries.addWindow(filters, CREATED_AT, query.from(), query.to());
        Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
        messages.aggregate(List.of(
                        Aggregates.match(Queries.allOf(filters)),
                        Aggregates.group("$" + STATUS_RANK, Accumulators.sum("n", 1))))
                .forEach(row -> {
                    Number rank = row.get("_id", Number.class);
                    if (rank != null) { // a document from before status_rank existed, not yet touched since
                        counts.put(MessageStatus.ofRank(rank.intValue()), row.get("n", Number.class).longValue());
                    }
                });
        return new MessageCounts(counts);
    }

    @Override
    public List<OutboundUsage> usage(UsageWindow window) {
        String group = window.grouping() == Grouping.BSP ? MessageFields.BSP : CAMPAIGN_ID;
        String sent = MessageFields.firstSeenAt(MessageStatus.SENT);
        String delivered = MessageFields.firstSeenAt(MessageStatus.DELIVERED);
        String read = MessageFields.firstSeenAt(MessageStatus.READ);
        String failed = MessageFields.firstSeenAt(MessageStatus.FAILED);
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.and(eq(PROJECT_OWNER_ID, window.projectOwnerId()),
                        Filters.gte(CREATED_AT, BsonTime.date(window.from())), Filters.lt(CREATED_AT, BsonTime.date(window.to())))),
                Aggregates.project(new Document("b", UsagePipeline.bucketMillis(CREATED_AT, window))
                        .append("g", "$" + group)
                        .append("s", UsagePipeline.ifSet(sent))
                        .append("d", UsagePipeline.ifSet(delivered))
                        .append("r", UsagePipeline.ifSet(read))
                        .append("f", UsagePipeline.ifSet(failed))
                        .append("sd", UsagePipeline.millisBetween(sent, delivered))
                        .append("dr", UsagePipeline.millisBetween(delivered, read))),
                Aggregates.group(new Document("b", "$b").append("g", "$g"),
                        Accumulators.sum("s", "$s"), Accumulators.sum("d", "$d"), Accumulators.sum("r", "$r"),
                        Accumulators.sum("f", "$f"), Accumulators.push("sd", "$sd"), Accumulators.push("dr", "$dr")));
        List<OutboundUsage> usage = new ArrayList<>();
        for (Document row : messages.aggregate(pipeline)) {
            Document key = row.get("_id", Document.class);
            List<?> sentToDelivered = row.getList("sd", Object.class);
            List<?> deliveredToRead = row.getList("dr", Object.class);
            usage.add(new OutboundUsage(Instant.ofEpochMilli(key.get("b", Number.class).longValue()), key.getString("g"),
                    row.get("s", Number.class).longValue(), row.get("d", Number.class).longValue(),
                    row.get("r", Number.class).longValue(), row.get("f", Number.class).longValue(),
                    UsagePipeline.nearestRank(sentToDelivered, 50), UsagePipeline.nearestRank(sentToDelivered, 95),
                    UsagePipeline.nearestRank(deliveredToRead, 50), UsagePipeline.nearestRank(deliveredToRead, 95)));
        }
        return usage;
    }

    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(messages, CREATED_AT, null, cutoff, limit);
    }
}
