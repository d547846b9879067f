package zen.gateway.adapter.outbound.mongo;

import static zen.gateway.adapter.outbound.mongo.MessageFields.BSP;
import static zen.gateway.adapter.outbound.mongo.MessageFields.BSP_MESSAGE_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.BUSINESS_NUMBER;
import static zen.gateway.adapter.outbound.mongo.MessageFields.CAMPAIGN_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.FAILURE_CODE;
import static zen.gateway.adapter.outbound.mongo.MessageFields.FAILURE_REASON;
import static zen.gateway.adapter.outbound.mongo.MessageFields.ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.PHONE_NUMBER;
import static zen.gateway.adapter.outbound.mongo.MessageFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.STATUS_RANK;
import static zen.gateway.adapter.outbound.mongo.MessageFields.WAMID;

import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.domain.message.MessageStatus;

/**
 * What the lookup before a batch saw of one stored message: its keys, its rank, and which facts it already has.
 * Enough to route updates to it and to leave out writes that cannot change it; never trusted beyond that, since
 * every write it leads to still carries its own condition.
 *
 * @param storedRank the {@code status_rank} field; null on documents written before the field existed
 * @param rankSeen the highest status among the first-seen times the document has, -1 when none
 */
record KnownMessage(
        // The eight fields of a stored message that planning a batch reads: a value, not a class with collaborators.
        Object id,
        String wamid,
        String bsp,
        String bspMessageId,
        Integer storedRank,
        int rankSeen,
        Set<String> presentDetails,
        boolean hasFailure) {

    /** The detail fields a later update may fill in. */
    static final List<String> DETAILS = List.of(PHONE_NUMBER, BUSINESS_NUMBER, PROJECT_OWNER_ID, CAMPAIGN_ID);

    /** Everything {@link #of} reads; the history, which can be long, stays on the server. */
    static final Bson PROJECTION = projection();

    private static Bson projection() {
        List<String> fields = new ArrayList<>(List.of(ID, WAMID, BSP, BSP_MESSAGE_ID, STATUS_RANK, FAILURE_CODE, FAILURE_REASON));
        fields.addAll(DETAILS);
        for (MessageStatus status : MessageStatus.values()) {
            fields.add(MessageFields.firstSeenAt(status));
        }
        return Projections.include(fields);
    }

    static KnownMessage of(Document document) {
        int rankSeen = -1;
        for (MessageStatus status : MessageStatus.values()) {
            if (document.get(MessageFields.firstSeenAt(status)) != null) {
                rankSeen = Math.max(rankSeen, status.rank());
            }
        }
        Set<String> present = new HashSet<>();
        for (String field : DETAILS) {
            if (document.get(field) != null) {
                present.add(field);
            }
        }
        Number storedRank = document.get(STATUS_RANK, Number.class);
        return new KnownMessage(
                document.get(ID),
                document.getString(WAMID),
                document.getString(BSP),
                document.getString(BSP_MESSAGE_ID),
                storedRank == null ? null : storedRank.intValue(),
                rankSeen,
                Set.copyOf(present),
                document.get(FAILURE_CODE) != null || document.get(FAILURE_REASON) != null);
    }

    /**
     * A message someone else created between our lookup and our write, found by the key we upserted on: all we
     * know of it is that key.
     */
    static KnownMessage foundBy(String wamid, String bsp, String bspMessageId) {
        return new KnownMessage(null, wamid, bsp, bspMessageId, null, -1, Set.of(), false);
    }

    boolean has(String detailField) {
        return presentDetails.contains(detailField);
    }
}
