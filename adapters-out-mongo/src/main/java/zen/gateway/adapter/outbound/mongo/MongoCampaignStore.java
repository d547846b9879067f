package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.ID;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.STATUS;
import static zen.gateway.adapter.outbound.mongo.CampaignSchema.UPDATED_AT;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignStatus;

/** {@link CampaignStore} on {@code campaigns}; the campaign id is the {@code _id}. Thread-safe. */
final class MongoCampaignStore implements CampaignStore {

    private final MongoCollection<Document> campaigns;

    MongoCampaignStore(MongoCollection<Document> campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void insert(Campaign c) {
        campaigns.insertOne(new Document(ID, c.id())
                .append(PROJECT_OWNER_ID, c.projectOwnerId())
                .append("name", c.name())
                .append("from", c.from())
                .append("template_name", c.templateName())
                .append("template_language", c.templateLanguage())
                .append("start_at", BsonTime.date(c.startAt()))
                .append(STATUS, c.status().name())
                .append("duplicates", c.duplicates())
                .append("invalid", c.invalid())
                .append(CREATED_AT, BsonTime.date(c.createdAt()))
                .append(UPDATED_AT, BsonTime.date(c.updatedAt())));
    }

    private static Campaign campaign(Document d) {
        return new Campaign(d.getString(ID), d.getString(PROJECT_OWNER_ID), d.getString("name"), d.getString("from"),
                d.getString("template_name"), d.getString("template_language"), BsonTime.instant(d.get("start_at")),
                CampaignStatus.valueOf(d.getString(STATUS)), d.get("duplicates", Number.class).longValue(),
                d.get("invalid", Number.class).longValue(), BsonTime.instant(d.get(CREATED_AT)),
                BsonTime.instant(d.get(UPDATED_AT)));
    }

    @Override
    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(campaigns.find(eq(ID, id)).first()).map(MongoCampaignStore::campaign);
    }

    @Override
    public boolean replace(Campaign next, CampaignStatus expected) {
        return campaigns.updateOne(and(eq(ID, next.id()), eq(STATUS, expected.name())),
                Updates.combine(Updates.set(STATUS, next.status().name()),
                        Updates.set(UPDATED_AT, BsonTime.date(next.updatedAt())))).getModifiedCount() == 1;
    }

    @Override
    public void addSkipped(String id, long duplicates, long invalid) {
        campaigns.updateOne(eq(ID, id), Updates.combine(Updates.inc("duplicates", duplicates), Updates.inc("invalid", invalid)));
    }

    @Override
    public List<Campaign> list(String projectOwnerId, CampaignStatus status, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (projectOwnerId != null) {
            filters.add(eq(PROJECT_OWNER_ID, projectOwnerId));
        }
        if (status != null) {
            filters.add(eq(STATUS, status.name()));
        }
        return campaigns.find(filters.isEmpty() ? Filters.empty() : and(filters))
                .sort(Sorts.descending(CREATED_AT, ID))
                .limit(limit)
                .map(MongoCampaignStore::campaign)
                .into(new ArrayList<>());
    }

    @Override
    public List<Campaign> inStatus(CampaignStatus status, int limit) {
        return campaigns.find(eq(STATUS, status.name()))
                .sort(Sorts.ascending(CREATED_AT, ID))
                .limit(limit)
                .map(MongoCampaignStore::campaign)
                .into(new ArrayList<>());
    }
}
