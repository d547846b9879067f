package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The collections and indexes the stores rely on. Creating them is idempotent and safe from several nodes at
 * once: an existing collection or an identical index is left as it is.
 */
final class MongoSchema {

    static final String MESSAGES = "unified_message_tracking";
    static final String DELIVERIES = "webhook_delivery_logs";
    static final String ENDPOINTS = "webhooks";
    static final String PROJECT_NUMBERS = "project_numbers";
    static final String QUARANTINE = "quarantine";
    static final String API_KEYS = "api_keys";
    static final String AUDIT = "audit_log";
    static final String INBOUND = "inbound_messages";
    static final String SENDERS = "senders";
    static final String SENDS = "message_sends";

    /** MongoDB's "NamespaceExists": another node created the collection first. */
    private static final int NAMESPACE_EXISTS = 48;

    /**
     * Whether the server applies {@code partialFilterExpression}. MongoDB does (3.2+). The in-process test server
     * ignores it and would turn a partial unique index into a plain one that refuses a second message without
     * that key; there the wamid index is sparse instead and the BSP id index is left out.
     */
    enum PartialIndexes { HONOURED, IGNORED }

    private MongoSchema() {}

    static void ensure(MongoDatabase database, PartialIndexes partialIndexes) {
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        for (String collection : List.of(MESSAGES, DELIVERIES, ENDPOINTS, PROJECT_NUMBERS, QUARANTINE, API_KEYS, AUDIT, INBOUND,
                SENDERS, SENDS)) {
            if (!existing.contains(collection)) {
                create(database, collection);
            }
        }
        database.getCollection(MESSAGES).createIndexes(messageIndexes(partialIndexes));
        database.getCollection(DELIVERIES).createIndexes(List.of(
                new IndexModel(compoundIndex(ascending(DeliveryFields.PROJECT_OWNER_ID), descending(DeliveryFields.CREATED_AT))),
                // claimDue: unfinished ones by due time; also serves every query by status alone
                new IndexModel(ascending(DeliveryFields.STATUS, DeliveryFields.NEXT_ATTEMPT_AT)),
                // the retention purge picks expired deliveries by creation
                new IndexModel(ascending(DeliveryFields.CREATED_AT)),
                // the logs filtered by the message they are about
                new IndexModel(ascending(DeliveryFields.PROJECT_OWNER_ID, DeliveryFields.WAMID)),
                new IndexModel(ascending(DeliveryFields.PROJECT_OWNER_ID, DeliveryFields.CUSTOMER_NUMBER))));
        database.getCollection(ENDPOINTS).createIndexes(List.of(
                new IndexModel(ascending(EndpointFields.PROJECT_OWNER_ID, EndpointFields.CREATED_AT))));
        database.getCollection(PROJECT_NUMBERS).createIndexes(List.of(
                new IndexModel(ascending(ProjectNumberFields.BUSINESS_NUMBER), new IndexOptions().unique(true)),
                new IndexModel(ascending(ProjectNumberFields.PROJECT_OWNER_ID, ProjectNumberFields.BUSINESS_NUMBER))));
        database.getCollection(QUARANTINE).createIndexes(List.of(
                new IndexModel(descending(QuarantineFields.RECEIVED_AT, "_id"))));
        database.getCollection(API_KEYS).createIndexes(List.of(
                new IndexModel(ascending(ApiKeyFields.KEY_HASH), new IndexOptions().unique(true)),
                new IndexModel(ascending(ApiKeyFields.PROJECT_OWNER_ID, ApiKeyFields.CREATED_AT))));
        database.getCollection(AUDIT).createIndexes(List.of(
                new IndexModel(compoundIndex(ascending(AuditFields.PROJECT_OWNER_ID), descending(AuditFields.AT, AuditFields.ID))),
                new IndexModel(descending(AuditFields.AT, AuditFields.ID))));
        database.getCollection(INBOUND).createIndexes(List.of(
                new IndexModel(compoundIndex(ascending(InboundFields.PROJECT_OWNER_ID, InboundFields.CUSTOMER_NUMBER),
                        descending(InboundFields.OCCURRED_AT, InboundFields.ID))),
                new IndexModel(ascending(InboundFields.RECEIVED_AT))));
        database.getCollection(SENDERS).createIndexes(List.of(
                new IndexModel(ascending(SendFields.PROJECT_OWNER_ID, SendFields.CREATED_AT))));
        database.getCollection(SENDS).createIndexes(List.of(
                new IndexModel(ascending(SendFields.IDEMPOTENCY), new IndexOptions().unique(true).sparse(true)),
                new IndexModel(ascending(SendFields.WAMID)),
                new IndexModel(ascending(SendFields.BSP_MESSAGE_ID, SendFields.PROVIDER)),
                // counts the recipients a sender reached in the last 24 h (MongoSenderReach)
                new IndexModel(ascending(SendFields.SENDER_ID, SendFields.CREATED_AT)),
                new IndexModel(compoundIndex(ascending(SendFields.STATE), descending(SendFields.PRIORITY),
                        ascending(SendFields.DUE_AT)))));
        HistoryRepeats.removeOnce(database);
    }

    private static List<IndexModel> messageIndexes(PartialIndexes partialIndexes) {
        List<IndexModel> indexes = new ArrayList<>();
        if (partialIndexes == PartialIndexes.HONOURED) {
            // Only messages that have the key are indexed: some BSPs report only their own id. The filter is a
            // comparison, not $type or sparse: it leaves out explicit nulls (older documents may have them), and the
            // planner can prove that an equality or $in on a non-empty string falls inside it, so the lookups and
            // upserts by key use these indexes. The BSP id leads so that a lookup by that id alone uses it too.
            indexes.add(new IndexModel(ascending(MessageFields.WAMID), uniqueWhereSet(MessageFields.WAMID)));
            indexes.add(new IndexModel(ascending(MessageFields.BSP_MESSAGE_ID, MessageFields.BSP),
                    uniqueWhereSet(MessageFields.BSP_MESSAGE_ID)));
        } else {
            indexes.add(new IndexModel(ascending(MessageFields.WAMID), new IndexOptions().unique(true).sparse(true)));
        }
        indexes.add(new IndexModel(compoundIndex(ascending(MessageFields.PROJECT_OWNER_ID), descending(MessageFields.CREATED_AT))));
        indexes.add(new IndexModel(ascending(MessageFields.CAMPAIGN_ID)));
        // the retention purge picks expired messages by creation
        indexes.add(new IndexModel(ascending(MessageFields.CREATED_AT)));
        // a customer's timeline: the outbound half
        indexes.add(new IndexModel(compoundIndex(ascending(MessageFields.PROJECT_OWNER_ID, MessageFields.PHONE_NUMBER),
                descending(MessageFields.CREATED_AT))));
        return indexes;
    }

    private static IndexOptions uniqueWhereSet(String key) {
        return new IndexOptions().unique(true).partialFilterExpression(Filters.gt(key, ""));
    }

    private static void create(MongoDatabase database, String collection) {
        try {
            database.createCollection(collection);
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != NAMESPACE_EXISTS) {
                throw e;
            }
        }
    }
}
