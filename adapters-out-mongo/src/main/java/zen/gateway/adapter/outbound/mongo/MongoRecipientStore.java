package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.CAMPAIGN_ID;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.ID;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.LINE;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.MESSAGE_ID;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.PHONE;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.STATUS;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.STATUS_RANK;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.UPDATED_AT;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.WAMID;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;

/**
 * {@link RecipientStore} on {@code campaign_recipients}; the {@code _id} is campaign and number, so a duplicate is a
 * key the insert skips. Every move is one conditional update: one winner among nodes. Thread-safe.
 */
final class MongoRecipientStore implements RecipientStore {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> recipients;

    MongoRecipientStore(MongoCollection<Document> recipients) {
        this.recipients = recipients;
    }

    @Override
    public int add(List<Recipient> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<Document> documents = batch.stream().map(MongoRecipientStore::document).toList();
        try {
            return recipients.insertMany(documents, new InsertManyOptions().ordered(false)).getInsertedIds().size();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return batch.size() - e.getWriteErrors().size();
        }
    }

    private static Document document(Recipient r) {
        return new Document(ID, CampaignSchema.key(r.campaignId(), r.phone()))
                .append(CAMPAIGN_ID, r.campaignId())
                .append(PHONE, r.phone())
                .append("parameters", r.parameters())
                .append(LINE, r.line())
                .append(STATUS, r.status().name())
                .append(STATUS_RANK, r.status().rank())
                .append(MESSAGE_ID, r.messageId())
                .append(WAMID, r.wamid())
                .append("error", r.error())
                .append(UPDATED_AT, BsonTime.date(r.updatedAt()));
    }

    private static Recipient recipient(Document d) {
        return new Recipient(d.getString(CAMPAIGN_ID), d.getString(PHONE), d.getList("parameters", String.class),
                d.get(LINE, Number.class).longValue(), RecipientStatus.valueOf(d.getString(STATUS)), d.getString(MESSAGE_ID),
                d.getString(WAMID), d.getString("error"), BsonTime.instant(d.get(UPDATED_AT)));
    }

    @Override
    public List<Recipient> pending(String campaignId, int limit) {
        return recipients.find(and(eq(CAMPAIGN_ID, campaignId), eq(STATUS, RecipientStatus.PENDING.name())))
                .sort(Sorts.ascending(LINE, PHONE))
                .limit(limit)
                .map(MongoRecipientStore::recipient)
                .into(new ArrayList<>());
    }

    @Override
    public boolean handOut(String campaignId, String phone, String messageId) {
        return recipients.updateOne(and(eq(ID, CampaignSchema.key(campaignId, phone)),
                        in(STATUS, RecipientStatus.PENDING.name(), RecipientStatus.CANCELLED.name())),
                Updates.combine(moveTo(RecipientStatus.QUEUED), Updates.set(MESSAGE_ID, messageId))).getModifiedCount() == 1;
    }

    @Override
    public boolean skip(String campaignId, String phone, RecipientStatus status, String error) {
        return fromPending(campaignId, phone, status, Updates.set("error", error));
    }

    private boolean fromPending(String campaignId, String phone, RecipientStatus status, Bson more) {
        return recipients.updateOne(and(eq(ID, CampaignSchema.key(campaignId, phone)), eq(STATUS, RecipientStatus.PENDING.name())),
                Updates.combine(moveTo(status), more)).getModifiedCount() == 1;
    }

    private static Bson moveTo(RecipientStatus status) {
        return Updates.combine(Updates.set(STATUS, status.name()), Updates.set(STATUS_RANK, status.rank()),
                Updates.set(UPDATED_AT, BsonTime.date(Instant.now())));
    }

    @Override
    public int cancelPending(String campaignId) {
        return (int) recipients.updateMany(and(eq(CAMPAIGN_ID, campaignId), eq(STATUS, RecipientStatus.PENDING.name())),
                moveTo(RecipientStatus.CANCELLED)).getModifiedCount();
    }

    @Override
    public boolean advance(String messageId, RecipientStatus status, String wamid) {
        Bson update = wamid == null ? moveTo(status) : Updates.combine(moveTo(status), Updates.set(WAMID, wamid));
        return recipients.updateMany(rising(eq(MESSAGE_ID, messageId), status), update).getModifiedCount() > 0;
    }

    @Override
    public int advanceByWamid(String wamid, RecipientStatus status) {
        return (int) recipients.updateMany(rising(eq(WAMID, wamid), status), moveTo(status)).getModifiedCount();
    }

    /** Only a recipient with a message, and only upwards. */
    private static Bson rising(Bson which, RecipientStatus status) {
        return and(which, gt(STATUS_RANK, 0), lt(STATUS_RANK, status.rank()));
    }

    @Override
    public Map<RecipientStatus, Long> counts(String campaignId) {
        Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
        recipients.aggregate(List.of(Aggregates.match(eq(CAMPAIGN_ID, campaignId)),
                        Aggregates.group("$" + STATUS, Accumulators.sum("n", 1))))
                .forEach(d -> counts.put(RecipientStatus.valueOf(d.getString(ID)), d.get("n", Number.class).longValue()));
        return counts;
    }

    @Override
    public List<Recipient> list(String campaignId, RecipientStatus status, String afterPhone, int limit) {
        List<Bson> filters = new ArrayList<>(List.of(eq(CAMPAIGN_ID, campaignId)));
        if (status != null) {
            filters.add(eq(STATUS, status.name()));
        }
        if (afterPhone != null) {
            filters.add(gt(PHONE, afterPhone));
        }
        return recipients.find(and(filters))
                .sort(Sorts.ascending(PHONE))
                .limit(limit)
                .map(MongoRecipientStore::recipient)
                .into(new ArrayList<>());
    }
}
