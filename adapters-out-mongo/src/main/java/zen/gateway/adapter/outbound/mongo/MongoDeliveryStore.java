package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPTS;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.EVENT_TYPE;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ID;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.LAST_ERROR;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.NEXT_ATTEMPT_AT;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.SERIES_ATTEMPTS;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.STATUS;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.UPDATED_AT;
import static zen.gateway.adapter.outbound.mongo.DeliveryMapper.statusValue;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.DeliveryQuery;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;
import zen.gateway.application.port.outbound.forwarding.EndpointDeliveryStats;
import zen.gateway.application.port.outbound.forwarding.ReplaySelection;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * {@link DeliveryStore} on {@code webhook_delivery_logs}. Claims and replays take one delivery per
 * {@code findOneAndUpdate}, so that nodes sharing the collection never both take the same one. Thread-safe.
 */
final class MongoDeliveryStore implements DeliveryStore {

    private static final NewestFirst NEWEST_FIRST = new NewestFirst(CREATED_AT, ID);
    private static final List<String> UNFINISHED = List.of(statusValue(DeliveryStatus.PENDING), statusValue(DeliveryStatus.RETRYING));

    private final MongoCollection<Document> deliveries;
    private final DeliveryStatistics statistics;

    MongoDeliveryStore(MongoCollection<Document> deliveries) {
        this.deliveries = deliveries;
        this.statistics = new DeliveryStatistics(deliveries);
    }

    @Override
    public List<Delivery> insertNew(List<Delivery> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Integer> known = new HashSet<>();
        try {
            deliveries.insertMany(candidates.stream().map(DeliveryMapper::toDocument).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (!DuplicateKeys.isDuplicateKey(error)) {
                    throw e;
                }
                known.add(error.getIndex());
            }
        }
        List<Delivery> inserted = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!known.contains(i)) {
                inserted.add(candidates.get(i));
            }
        }
        return inserted;
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        Bson due = and(in(STATUS, UNFINISHED), lte(NEXT_ATTEMPT_AT, BsonTime.date(now)));
        FindOneAndUpdateOptions earliestFirst = new FindOneAndUpdateOptions()
                .sort(Sorts.ascending(NEXT_ATTEMPT_AT, ID))
                .returnDocument(ReturnDocument.AFTER);
        Bson lease = Updates.set(NEXT_ATTEMPT_AT, BsonTime.date(leaseUntil));
        List<Delivery> claimed = new ArrayList<>();
        while (claimed.size() < limit) {
            Document next = deliveries.findOneAndUpdate(due, lease, earliestFirst);
            if (next == null) {
                break;
            }
            claimed.add(DeliveryMapper.toDelivery(next));
        }
        return claimed;
    }

    /** One conditional update per id: the server leases each only if it is still due, whoever else is claiming. */
    @Override
    public List<String> claim(List<String> deliveryIds, Instant now, Instant leaseUntil) {
        Bson lease = Updates.set(NEXT_ATTEMPT_AT, BsonTime.date(leaseUntil));
        List<String> claimed = new ArrayList<>();
        for (String id : new LinkedHashSet<>(deliveryIds)) {
            Bson dueById = and(eq(ID, id), in(STATUS, UNFINISHED), lte(NEXT_ATTEMPT_AT, BsonTime.date(now)));
            if (deliveries.updateOne(dueById, lease).getModifiedCount() == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    @Override
    public void record(List<AttemptRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        deliveries.bulkWrite(records.stream().map(MongoDeliveryStore::recording).toList(), new BulkWriteOptions().ordered(false));
    }

    private static UpdateOneModel<Document> recording(AttemptRecord record) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set(STATUS, statusValue(record.status())),
                Updates.set(SERIES_ATTEMPTS, record.seriesAttempts()),
                Updates.set(UPDATED_AT, BsonTime.date(record.at())),
                record.nextAttemptAt() == null
                        ? Updates.unset(NEXT_ATTEMPT_AT) : Updates.set(NEXT_ATTEMPT_AT, BsonTime.date(record.nextAttemptAt())),
                record.lastError() == null ? Updates.unset(LAST_ERROR) : Updates.set(LAST_ERROR, record.lastError())));
        if (record.attempt() != null) {
            updates.add(Updates.push(ATTEMPTS, DeliveryMapper.toDocument(record.attempt())));
        }
        return new UpdateOneModel<>(eq(ID, record.deliveryId()), Updates.combine(updates));
    }

    @Override
    public Optional<Delivery> find(String deliveryId) {
        return Optional.ofNullable(deliveries.find(eq(ID, deliveryId)).first()).map(DeliveryMapper::toDelivery);
    }

    @Override
    public Slice<Delivery> list(DeliveryQuery query) {
        List<Bson> filters = new ArrayList<>(List.of(eq(PROJECT_OWNER_ID, query.projectOwnerId())));
        Queries.addIfSet(filters, STATUS, query.status() == null ? null : statusValue(query.status()));
        Queries.addIfSet(filters, EVENT_TYPE, query.eventType());
        Queries.addIfSet(filters, DeliveryFields.WAMID, query.wamid());
        Queries.addIfSet(filters, DeliveryFields.CUSTOMER_NUMBER, query.customerNumber());
        Queries.addWindow(filters, CREATED_AT, query.from(), query.to());
        if (query.after() != null) {
            filters.add(NEWEST_FIRST.after(query.after()));
        }
        List<Delivery> selected = deliveries.find(Queries.allOf(filters))
                .sort(NEWEST_FIRST.sort())
                .limit(query.limit() + 1)
                .map(DeliveryMapper::toDelivery)
                .into(new ArrayList<>());
        return Slice.of(selected, query.limit(), last -> new Position(last.createdAt(), last.id()));
    }

    @Override
    public List<String> replay(ReplaySelection selection, Instant now) {
        List<Bson> filters = new ArrayList<>(List.of(eq(STATUS, statusValue(DeliveryStatus.DEAD_LETTERED))));
        Queries.addIfSet(filters, PROJECT_OWNER_ID, selection.projectOwnerId());
        Bson restart = Updates.combine(
                Updates.set(STATUS, statusValue(DeliveryStatus.PENDING)),
                Updates.set(SERIES_ATTEMPTS, 0),
                Updates.set(UPDATED_AT, BsonTime.date(now)),
                Updates.set(NEXT_ATTEMPT_AT, BsonTime.date(now)));
        List<String> replayed = new ArrayList<>();
        if (!selection.ids().isEmpty()) {
            for (String id : new LinkedHashSet<>(selection.ids())) {
                if (replayed.size() == selection.limit()) {
                    break;
                }
                List<Bson> thisOne = new ArrayList<>(filters);
                thisOne.add(eq(ID, id));
                if (deliveries.findOneAndUpdate(and(thisOne), restart) != null) {
                    replayed.add(id);
                }
            }
            return replayed;
        }
        // dead-lettered in the window: the oldest first, each restarted on its own so that no other replay takes it too
        Queries.addWindow(filters, UPDATED_AT, selection.from(), selection.to());
        FindOneAndUpdateOptions oldestFirst = new FindOneAndUpdateOptions().sort(Sorts.ascending(UPDATED_AT, ID));
        while (replayed.size() < selection.limit()) {
            Document next = deliveries.findOneAndUpdate(and(filters), restart, oldestFirst);
            if (next == null) {
                break;
            }
            replayed.add(next.getString(ID));
        }
        return replayed;
    }

    @Override
    public List<EndpointDeliveryStats> stats(String projectOwnerId, Instant from, Instant to) {
        return statistics.of(projectOwnerId, from, to);
    }

    @Override
    public long unfinished() {
        return deliveries.countDocuments(in(STATUS, UNFINISHED));
    }

    /** Only finished deliveries: one still pending or retrying is never purged under its scheduler. */
    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(deliveries, CREATED_AT, in(STATUS,
                statusValue(DeliveryStatus.DELIVERED), statusValue(DeliveryStatus.DEAD_LETTERED)), cutoff, limit);
    }
}
