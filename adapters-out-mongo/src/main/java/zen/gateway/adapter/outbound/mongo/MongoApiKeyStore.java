package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.EXPIRES_AT;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.ID;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.KEY_HASH;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.LAST_USED_AT;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.NAME;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.RATE_BURST;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.RATE_PER_SECOND;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.REVOKED_AT;
import static zen.gateway.adapter.outbound.mongo.ApiKeyFields.SCOPES;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.access.ApiKeyStore;
import zen.gateway.domain.access.ApiKey;
import zen.gateway.domain.access.KeyRateLimit;
import zen.gateway.domain.access.Scope;

/** {@link ApiKeyStore} on {@code api_keys}; the key id is the {@code _id}, and the hash has a unique index. Thread-safe. */
final class MongoApiKeyStore implements ApiKeyStore {

    private final MongoCollection<Document> keys;

    MongoApiKeyStore(MongoCollection<Document> keys) {
        this.keys = keys;
    }

    @Override
    public void create(ApiKey key) {
        keys.insertOne(new Document(ID, key.id())
                .append(KEY_HASH, key.keyHash())
                .append(PROJECT_OWNER_ID, key.projectOwnerId())
                .append(NAME, key.name())
                .append(SCOPES, key.scopes().stream().sorted().map(Scope::wireName).toList())
                .append(RATE_PER_SECOND, key.rateLimit().perSecond())
                .append(RATE_BURST, key.rateLimit().burst())
                .append(CREATED_AT, BsonTime.date(key.createdAt()))
                .append(EXPIRES_AT, BsonTime.date(key.expiresAt()))
                .append(LAST_USED_AT, BsonTime.date(key.lastUsedAt()))
                .append(REVOKED_AT, BsonTime.date(key.revokedAt())));
    }

    private static ApiKey key(Document document) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : document.getList(SCOPES, String.class, List.of())) {
            scopes.add(Scope.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        return new ApiKey(document.getString(ID), document.getString(KEY_HASH), document.getString(PROJECT_OWNER_ID),
                document.getString(NAME), scopes,
                new KeyRateLimit(document.get(RATE_PER_SECOND, Number.class).doubleValue(),
                        document.get(RATE_BURST, Number.class).intValue()),
                BsonTime.instant(document.get(CREATED_AT)), BsonTime.instant(document.get(EXPIRES_AT)),
                BsonTime.instant(document.get(LAST_USED_AT)), BsonTime.instant(document.get(REVOKED_AT)));
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return Optional.ofNullable(keys.find(eq(KEY_HASH, keyHash)).first()).map(MongoApiKeyStore::key);
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return Optional.ofNullable(keys.find(eq(ID, id)).first()).map(MongoApiKeyStore::key);
    }

    @Override
    public List<ApiKey> list(String projectOwnerId) {
        Bson notRevoked = eq(REVOKED_AT, null);
        return keys.find(projectOwnerId == null ? notRevoked : and(eq(PROJECT_OWNER_ID, projectOwnerId), notRevoked))
                .sort(Sorts.ascending(CREATED_AT, ID))
                .map(MongoApiKeyStore::key)
                .into(new ArrayList<>());
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return keys.updateOne(and(eq(ID, id), eq(REVOKED_AT, null)), Updates.set(REVOKED_AT, BsonTime.date(at)))
                .getModifiedCount() == 1;
    }

    @Override
    public void touch(String id, Instant at) {
        keys.updateOne(eq(ID, id), Updates.set(LAST_USED_AT, BsonTime.date(at)));
    }
}
