package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static zen.gateway.adapter.outbound.mongo.SendFields.*;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.send.SendContents;
import zen.gateway.application.port.outbound.send.SendFailure;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;

/** {@link SendStore} on {@code message_sends}; our message id is the {@code _id}. Thread-safe. */
final class MongoSendStore implements SendStore {

    private final MongoCollection<Document> sends;

    MongoSendStore(MongoCollection<Document> sends) {
        this.sends = sends;
    }

    @Override
    public Optional<SendRecord> insert(SendRecord r) {
        Document document = progress(r)
                .append(ID, r.messageId())
                .append(PROJECT_OWNER_ID, r.projectOwnerId())
                .append(SENDER_ID, r.senderId())
                .append(PROVIDER, r.provider().id())
                .append(FROM, r.from())
                .append(TO, r.to())
                .append(CONTENT, SendContents.toJson(r.content()))
                .append(CAMPAIGN_ID, r.campaignId())
                .append(REFERENCE, r.reference())
                .append(PRIORITY, r.priority())
                .append(IDEMPOTENCY_KEY, r.idempotencyKey())
                .append(CREATED_AT, BsonTime.date(r.createdAt()));
        if (r.idempotencyKey() != null) {
            document.append(IDEMPOTENCY, idempotency(r.projectOwnerId(), r.idempotencyKey()));
        }
        try {
            sends.insertOne(document);
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e.getError()) || r.idempotencyKey() == null) {
                throw e;
            }
            return Optional.of(findByIdempotencyKey(r.projectOwnerId(), r.idempotencyKey()).orElseThrow(() -> e));
        }
    }

    /** The fields a send's progress changes. */
    private static Document progress(SendRecord r) {
        SendFailure failure = r.failure();
        return new Document(STATE, r.state().name())
                .append(WAMID, r.wamid())
                .append(BSP_MESSAGE_ID, r.bspMessageId())
                .append(PROVIDER_STATUS, r.providerStatus())
                .append(FAILURE_CODE, failure == null ? null : failure.code())
                .append(FAILURE_REASON, failure == null ? null : failure.reason())
                .append(FAILURE_RETRYABLE, failure == null ? null : failure.retryable())
                .append(ATTEMPTS, r.attempts())
                .append(DUE_AT, BsonTime.date(r.dueAt()))
                .append(UPDATED_AT, BsonTime.date(r.updatedAt()));
    }

    private static SendRecord record(Document d) {
        String code = d.getString(FAILURE_CODE);
        String reason = d.getString(FAILURE_REASON);
        SendFailure failure = code == null && reason == null ? null
                : new SendFailure(code, reason, Boolean.TRUE.equals(d.getBoolean(FAILURE_RETRYABLE)));
        return new SendRecord(d.getString(ID), d.getString(PROJECT_OWNER_ID), d.getString(SENDER_ID),
                SendProvider.fromId(d.getString(PROVIDER)).orElseThrow(), d.getString(FROM), d.getString(TO),
                SendContents.fromJson(d.getString(CONTENT)), d.getString(CAMPAIGN_ID), d.getString(REFERENCE),
                d.get(PRIORITY, Number.class).intValue(), d.getString(IDEMPOTENCY_KEY), SendState.valueOf(d.getString(STATE)),
                d.getString(WAMID),
                d.getString(BSP_MESSAGE_ID), d.getString(PROVIDER_STATUS), failure, d.get(ATTEMPTS, Number.class).intValue(),
                BsonTime.instant(d.get(DUE_AT)), BsonTime.instant(d.get(CREATED_AT)), BsonTime.instant(d.get(UPDATED_AT)));
    }

    private Optional<SendRecord> one(Bson filter) {
        return Optional.ofNullable(sends.find(filter).sort(Sorts.ascending(CREATED_AT)).first()).map(MongoSendStore::record);
    }

    @Override
    public Optional<SendRecord> find(String messageId) {
        return one(eq(ID, messageId));
    }

    @Override
    public Optional<SendRecord> findByAnyId(String id) {
        return find(id).or(() -> one(eq(WAMID, id))).or(() -> one(eq(BSP_MESSAGE_ID, id)));
    }

    @Override
    public Optional<SendRecord> findByIdempotencyKey(String projectOwnerId, String idempotencyKey) {
        return one(eq(IDEMPOTENCY, idempotency(projectOwnerId, idempotencyKey)));
    }

    @Override
    public boolean replace(SendRecord next, SendState expected) {
        List<Bson> sets = new ArrayList<>();
        progress(next).forEach((field, value) -> sets.add(Updates.set(field, value)));
        return sends.updateOne(and(eq(ID, next.messageId()), eq(STATE, expected.name())), Updates.combine(sets))
                .getModifiedCount() == 1;
    }

    @Override
    public List<SendRecord> due(SendState state, Instant now, int limit) {
        return sends.find(and(eq(STATE, state.name()), lte(DUE_AT, BsonTime.date(now))))
                .sort(Sorts.orderBy(Sorts.descending(PRIORITY), Sorts.ascending(DUE_AT, ID)))
                .limit(limit)
                .map(MongoSendStore::record)
                .into(new ArrayList<>());
    }

    @Override
    public void forgetIdempotencyKey(String messageId) {
        sends.updateOne(eq(ID, messageId), Updates.combine(Updates.set(IDEMPOTENCY_KEY, null), Updates.unset(IDEMPOTENCY)));
    }
}
