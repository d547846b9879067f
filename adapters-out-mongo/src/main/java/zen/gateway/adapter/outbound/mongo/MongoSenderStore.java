package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static zen.gateway.adapter.outbound.mongo.SendFields.BASE_URL;
import static zen.gateway.adapter.outbound.mongo.SendFields.BUSINESS_NUMBER;
import static zen.gateway.adapter.outbound.mongo.SendFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.SendFields.CREDENTIALS;
import static zen.gateway.adapter.outbound.mongo.SendFields.DAILY_UNIQUE_RECIPIENTS_LIMIT;
import static zen.gateway.adapter.outbound.mongo.SendFields.ID;
import static zen.gateway.adapter.outbound.mongo.SendFields.IS_DEFAULT;
import static zen.gateway.adapter.outbound.mongo.SendFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.SendFields.PROVIDER;
import static zen.gateway.adapter.outbound.mongo.SendFields.RATE_PER_SECOND;
import static zen.gateway.adapter.outbound.mongo.SendFields.UPDATED_AT;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.Sender;

/** {@link SenderStore} on {@code senders}; the sender id is the {@code _id}. Thread-safe. */
final class MongoSenderStore implements SenderStore {

    private final MongoCollection<Document> senders;

    MongoSenderStore(MongoCollection<Document> senders) {
        this.senders = senders;
    }

    @Override
    public void save(Sender s) {
        Document document = new Document(ID, s.id())
                .append(PROJECT_OWNER_ID, s.projectOwnerId())
                .append(BUSINESS_NUMBER, s.businessNumber())
                .append(PROVIDER, s.provider().id())
                .append(CREDENTIALS, new Document(new HashMap<String, Object>(s.credentials())))
                .append(BASE_URL, s.baseUrl() == null ? null : s.baseUrl().toString())
                .append(RATE_PER_SECOND, s.ratePerSecond())
                .append(IS_DEFAULT, s.isDefault())
                .append(CREATED_AT, BsonTime.date(s.createdAt()))
                .append(UPDATED_AT, BsonTime.date(s.updatedAt()))
                .append(DAILY_UNIQUE_RECIPIENTS_LIMIT, s.dailyUniqueRecipientsLimit());
        senders.replaceOne(eq(ID, s.id()), document, new ReplaceOptions().upsert(true));
    }

    private static Sender sender(Document d) {
        Map<String, String> credentials = new HashMap<>();
        d.get(CREDENTIALS, Document.class).forEach((name, value) -> credentials.put(name, (String) value));
        String baseUrl = d.getString(BASE_URL);
        return new Sender(d.getString(ID), d.getString(PROJECT_OWNER_ID), d.getString(BUSINESS_NUMBER),
                SendProvider.fromId(d.getString(PROVIDER)).orElseThrow(), credentials,
                baseUrl == null ? null : URI.create(baseUrl), d.get(RATE_PER_SECOND, Number.class).doubleValue(),
                d.getBoolean(IS_DEFAULT), BsonTime.instant(d.get(CREATED_AT)), BsonTime.instant(d.get(UPDATED_AT)),
                d.get(DAILY_UNIQUE_RECIPIENTS_LIMIT) == null ? null : d.get(DAILY_UNIQUE_RECIPIENTS_LIMIT, Number.class).intValue());
    }

    @Override
    public Optional<Sender> find(String projectOwnerId, String senderId) {
        return Optional.ofNullable(senders.find(and(eq(ID, senderId), eq(PROJECT_OWNER_ID, projectOwnerId))).first())
                .map(MongoSenderStore::sender);
    }

    @Override
    public List<Sender> ofProject(String projectOwnerId) {
        return senders.find(eq(PROJECT_OWNER_ID, projectOwnerId))
                .sort(Sorts.ascending(CREATED_AT, ID))
                .map(MongoSenderStore::sender)
                .into(new ArrayList<>());
    }

    @Override
    public boolean delete(String projectOwnerId, String senderId) {
        return senders.deleteOne(and(eq(ID, senderId), eq(PROJECT_OWNER_ID, projectOwnerId))).getDeletedCount() == 1;
    }
}
