package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.ID;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.PHONE;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.PROJECT_OWNER_ID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;
import zen.gateway.domain.campaign.OptOut;

/** {@link OptOutStore} on {@code opt_outs}; the {@code _id} is project and number. Thread-safe. */
final class MongoOptOutStore implements OptOutStore {

    private final MongoCollection<Document> optOuts;

    MongoOptOutStore(MongoCollection<Document> optOuts) {
        this.optOuts = optOuts;
    }

    @Override
    public boolean add(OptOut o) {
        try {
            optOuts.insertOne(new Document(ID, CampaignSchema.key(o.projectOwnerId(), o.phone()))
                    .append(PROJECT_OWNER_ID, o.projectOwnerId())
                    .append(PHONE, o.phone())
                    .append("source", o.source())
                    .append(CREATED_AT, BsonTime.date(o.createdAt())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean remove(String projectOwnerId, String phone) {
        return optOuts.deleteOne(eq(ID, CampaignSchema.key(projectOwnerId, phone))).getDeletedCount() == 1;
    }

    @Override
    public Set<String> optedOut(String projectOwnerId, Collection<String> phones) {
        if (phones.isEmpty()) {
            return Set.of();
        }
        List<String> ids = phones.stream().distinct().map(p -> CampaignSchema.key(projectOwnerId, p)).toList();
        return optOuts.find(in(ID, ids)).map(d -> d.getString(PHONE)).into(new HashSet<>());
    }

    @Override
    public List<OptOut> list(String projectOwnerId, String afterPhone, int limit) {
        Bson filter = afterPhone == null ? eq(PROJECT_OWNER_ID, projectOwnerId)
                : and(eq(PROJECT_OWNER_ID, projectOwnerId), gt(PHONE, afterPhone));
        return optOuts.find(filter)
                .sort(Sorts.ascending(PHONE))
                .limit(limit)
                .map(d -> new OptOut(d.getString(PROJECT_OWNER_ID), d.getString(PHONE), d.getString("source"),
                        BsonTime.instant(d.get(CREATED_AT))))
                .into(new ArrayList<>());
    }
}
