package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import java.util.List;

/**
 * The campaign collections and their indexes, kept apart from {@link MongoSchema} so that campaigns own their
 * storage. Safe to run again. A recipient's {@code _id} is its campaign and number, which keeps each number once.
 */
final class CampaignSchema {

    static final String CAMPAIGNS = "campaigns";
    static final String RECIPIENTS = "campaign_recipients";
    static final String OPT_OUTS = "opt_outs";

    static final String ID = "_id";
    static final String PROJECT_OWNER_ID = "project_owner_id";
    static final String CAMPAIGN_ID = "campaign_id";
    static final String STATUS = "status";
    static final String STATUS_RANK = "status_rank";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    static final String PHONE = "phone";
    static final String LINE = "line";
    static final String MESSAGE_ID = "message_id";
    static final String WAMID = "wamid";

    private CampaignSchema() {}

    static void ensure(MongoDatabase database) {
        database.getCollection(CAMPAIGNS).createIndexes(List.of(
                new IndexModel(ascending(PROJECT_OWNER_ID, CREATED_AT)),
                new IndexModel(ascending(STATUS, CREATED_AT))));
        database.getCollection(RECIPIENTS).createIndexes(List.of(
                new IndexModel(ascending(CAMPAIGN_ID, STATUS, LINE, PHONE)),
                new IndexModel(ascending(CAMPAIGN_ID, PHONE)),
                new IndexModel(ascending(MESSAGE_ID)),
                new IndexModel(ascending(WAMID))));
        database.getCollection(OPT_OUTS).createIndexes(List.of(
                new IndexModel(ascending(PROJECT_OWNER_ID, PHONE))));
    }

    /** The {@code _id} of one number in one campaign (or one project's list). */
    static String key(String owner, String phone) {
        return owner + " " + phone;
    }
}
