package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.not;
import static zen.gateway.adapter.outbound.mongo.MessageFields.BSP;
import static zen.gateway.adapter.outbound.mongo.MessageFields.BSP_MESSAGE_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.MessageFields.CURRENT_STATUS;
import static zen.gateway.adapter.outbound.mongo.MessageFields.FAILURE_CODE;
import static zen.gateway.adapter.outbound.mongo.MessageFields.FAILURE_REASON;
import static zen.gateway.adapter.outbound.mongo.MessageFields.HISTORY_EVENT_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.MESSAGE_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.STATUS_HISTORY;
import static zen.gateway.adapter.outbound.mongo.MessageFields.STATUS_RANK;
import static zen.gateway.adapter.outbound.mongo.MessageFields.UPDATED_AT;
import static zen.gateway.adapter.outbound.mongo.MessageFields.WAMID;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.adapter.outbound.mongo.PlannedWrite.Purpose;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;

/**
 * The write operations that apply a target's updates, each one atomic on the server and correct in whatever
 * order an unordered bulk write runs them, and whatever other writers do meanwhile:
 * <ul>
 *   <li>one {@code APPLY}: {@code $min} each status's first-seen time, {@code $max} the last update time; for a
 *       message the batch creates, an upsert on the key it was first seen with, whose {@code $setOnInsert} writes its
 *       identity, details, failure, status and history at once;</li>
 *   <li>for a message that exists, conditional completions: each report pushed to the history where no entry has
 *       its event id yet (a report is kept once however often it arrives, and entries differ by arrival time, so
 *       {@code $addToSet} could not tell), {@code status_rank} and {@code current_status} set together where the rank
 *       is lower (a {@code $max} that carries the status name along, so the two never disagree), and each missing
 *       key, detail or failure set where it is still missing.</li>
 * </ul>
 * {@link MessageStatus#rank()} orders statuses by precedence, so "the highest status seen wins" needs no read.
 */
final class MessageWrites {

    private MessageWrites() {}

    static List<PlannedWrite> of(MessageTarget target) {
        if (target.createdByBatch()) {
            return List.of(new PlannedWrite(creating(target), target, Purpose.APPLY));
        }
        Bson byId = eq(ID, target.known().id());
        List<PlannedWrite> writes = new ArrayList<>();
        writes.add(new PlannedWrite(new UpdateOneModel<>(byId, Updates.combine(statusChanges(target))), target, Purpose.APPLY));
        writes.addAll(completions(byId, target, target.known()));
        return writes;
    }

    /**
     * The completions for a message the batch meant to create but found created by someone else (the upsert
     * matched instead of inserting), addressed by the key the upsert used.
     */
    static List<PlannedWrite> afterRace(MessageTarget target) {
        MessageUpdate creator = target.creator();
        String wamid = creator.details().wamid();
        KnownMessage foundBy = wamid != null
                ? KnownMessage.foundBy(wamid, target.bsp(), null)
                : KnownMessage.foundBy(null, target.bsp(), creator.details().bspMessageId());
        return completions(creationKey(target), target, foundBy);
    }

    private static UpdateOneModel<Document> creating(MessageTarget target) {
        MessageUpdate creator = target.creator();
        Document identity = new Document(ID, creator.newMessageId()).append(MESSAGE_ID, creator.newMessageId());
        // the upsert copies the filter's equalities into the new document; $setOnInsert adds everything else
        if (creator.details().wamid() != null) {
            identity.append(BSP, target.bsp());
            appendIfSet(identity, BSP_MESSAGE_ID, target.bspMessageId());
        } else {
            appendIfSet(identity, WAMID, target.wamid());
        }
        target.offeredDetails().forEach(identity::append);
        identity.append(CREATED_AT, BsonTime.date(creator.observation().receivedAt()));
        int rank = target.highestRank();
        identity.append(STATUS_RANK, rank).append(CURRENT_STATUS, MessageStatus.ofRank(rank).wireName());
        target.firstFailure().ifPresent(failure -> appendFailure(identity, failure));
        identity.append(STATUS_HISTORY, oncePerReport(target.observations()).stream().map(MessageMapper::historyEntry).toList());

        List<Bson> changes = statusChanges(target);
        changes.add(Updates.setOnInsert(identity));
        return new UpdateOneModel<>(creationKey(target), Updates.combine(changes), new UpdateOptions().upsert(true));
    }

    /** A plain equality document, not {@code $and}: an upsert copies it into the document it inserts. */
    private static Bson creationKey(MessageTarget target) {
        MessageUpdate creator = target.creator();
        if (creator.details().wamid() != null) {
            return new Document(WAMID, creator.details().wamid());
        }
        return new Document(BSP, target.bsp()).append(BSP_MESSAGE_ID, creator.details().bspMessageId());
    }

    private static List<Bson> statusChanges(MessageTarget target) {
        List<Bson> changes = new ArrayList<>();
        target.earliestOccurrences().forEach((status, at) -> changes.add(Updates.min(MessageFields.firstSeenAt(status), BsonTime.date(at))));
        changes.add(Updates.max(UPDATED_AT, BsonTime.date(target.latestReceipt())));
        return changes;
    }

    private static List<PlannedWrite> completions(Bson message, MessageTarget target, KnownMessage known) {
        List<PlannedWrite> writes = new ArrayList<>();
        for (StatusObservation observation : oncePerReport(target.observations())) {
            writes.add(complete(target, and(message, ne(STATUS_HISTORY + "." + HISTORY_EVENT_ID, observation.eventId())),
                    Updates.push(STATUS_HISTORY, MessageMapper.historyEntry(observation))));
        }
        // a document from before status_rank existed gets the rank its first-seen times imply
        int rank = Math.max(target.highestRank(), known.rankSeen());
        if (known.storedRank() == null || rank > known.storedRank()) {
            writes.add(complete(target, and(message, not(gte(STATUS_RANK, rank))), Updates.combine(
                    Updates.set(STATUS_RANK, rank), Updates.set(CURRENT_STATUS, MessageStatus.ofRank(rank).wireName()))));
        }
        if (target.wamid() != null && known.wamid() == null) {
            writes.add(new PlannedWrite(fillIn(message, WAMID, target.wamid()), target, Purpose.LEARN_KEY));
        }
        if (target.bspMessageId() != null && known.bspMessageId() == null) {
            writes.add(new PlannedWrite(fillIn(message, BSP_MESSAGE_ID, target.bspMessageId()), target, Purpose.LEARN_KEY));
        }
        target.offeredDetails().forEach((field, value) -> {
            if (!known.has(field)) {
                writes.add(new PlannedWrite(fillIn(message, field, value), target, Purpose.COMPLETE));
            }
        });
        target.firstFailure().filter(failure -> !known.hasFailure()).ifPresent(failure -> {
            Document parts = new Document();
            appendFailure(parts, failure);
            writes.add(complete(target, and(message, eq(FAILURE_CODE, null), eq(FAILURE_REASON, null)), new Document("$set", parts)));
        });
        return writes;
    }

    private static PlannedWrite complete(MessageTarget target, Bson filter, Bson update) {
        return new PlannedWrite(new UpdateOneModel<>(filter, update), target, Purpose.COMPLETE);
    }

    /** Sets the field only where it is missing: the first word on a fact wins. */
    private static UpdateOneModel<Document> fillIn(Bson message, String field, String value) {
        return new UpdateOneModel<>(and(message, eq(field, null)), Updates.set(field, value));
    }

    private static void appendFailure(Document document, Failure failure) {
        appendIfSet(document, FAILURE_CODE, failure.code());
        appendIfSet(document, FAILURE_REASON, failure.reason());
    }

    private static void appendIfSet(Document document, String field, String value) {
        if (value != null) {
            document.append(field, value);
        }
    }

    /** A report the batch holds twice (handed over again within one batch) is written once. */
    private static List<StatusObservation> oncePerReport(List<StatusObservation> observations) {
        Set<String> seen = new HashSet<>();
        return observations.stream().filter(o -> seen.add(o.eventId())).toList();
    }
}
