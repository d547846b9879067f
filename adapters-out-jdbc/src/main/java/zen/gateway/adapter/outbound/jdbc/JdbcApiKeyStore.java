package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import zen.gateway.application.port.outbound.access.ApiKeyStore;
import zen.gateway.domain.access.ApiKey;
import zen.gateway.domain.access.KeyRateLimit;
import zen.gateway.domain.access.Scope;

/** {@link ApiKeyStore} on {@code api_keys}. Thread-safe. */
final class JdbcApiKeyStore implements ApiKeyStore {

    private static final String SELECT = "SELECT id, key_hash, project_owner_id, name, scopes, rate_per_second, rate_burst, "
            + "created_at, expires_at, last_used_at, revoked_at FROM api_keys";

    private final Jdbi jdbi;

    JdbcApiKeyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(ApiKey key) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO api_keys (id, key_hash, project_owner_id, name, scopes, "
                        + "rate_per_second, rate_burst, created_at, expires_at, last_used_at, revoked_at) VALUES (:id, :hash, "
                        + ":project, :name, :scopes, :perSecond, :burst, :createdAt, :expiresAt, :lastUsedAt, :revokedAt)")
                .bind("id", key.id())
                .bind("hash", key.keyHash())
                .bind("project", key.projectOwnerId())
                .bind("name", key.name())
                .bind("scopes", key.scopes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
                .bind("perSecond", key.rateLimit().perSecond())
                .bind("burst", key.rateLimit().burst())
                .bind("createdAt", key.createdAt())
                .bind("expiresAt", key.expiresAt())
                .bind("lastUsedAt", key.lastUsedAt())
                .bind("revokedAt", key.revokedAt())
                .execute());
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        String scopes = rs.getString("scopes");
        return new ApiKey(rs.getString("id"), rs.getString("key_hash"), rs.getString("project_owner_id"), rs.getString("name"),
                scopes.isEmpty() ? EnumSet.noneOf(Scope.class)
                        : Arrays.stream(scopes.split(",")).map(Scope::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class))),
                new KeyRateLimit(rs.getDouble("rate_per_second"), rs.getInt("rate_burst")),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE key_hash = :hash")
                .bind("hash", keyHash)
                .map((rs, ctx) -> key(rs))
                .findOne());
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> key(rs))
                .findOne());
    }

    @Override
    public List<ApiKey> list(String projectOwnerId) {
        Filter filter = new Filter().equal("project_owner_id", projectOwnerId).condition("revoked_at IS NULL");
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + filter.where() + " ORDER BY created_at, id")
                .bindMap(filter.values())
                .map((rs, ctx) -> key(rs))
                .list());
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("id", id)
                .bind("at", at)
                .execute()) > 0;
    }

    @Override
    public void touch(String id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE api_keys SET last_used_at = :at WHERE id = :id")
                .bind("id", id)
                .bind("at", at)
                .execute());
    }
}
