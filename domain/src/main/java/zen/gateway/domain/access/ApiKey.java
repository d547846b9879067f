package zen.gateway.domain.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A project key as the gateway keeps it: never the key itself, only its hash ({@code keyHash}, hex SHA-256). A key
 * works from its creation until it is revoked or expires, whichever comes first.
 */
public record ApiKey(
        // One component per stored field of a key: the listing shows most of them.
        String id,
        String keyHash,
        String projectOwnerId,
        String name,
        Set<Scope> scopes,
        KeyRateLimit rateLimit,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(createdAt, "createdAt");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** Whether the key may be used at {@code now}: not revoked, not expired. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public ApiKey revokedAt(Instant at) {
        return new ApiKey(id, keyHash, projectOwnerId, name, scopes, rateLimit, createdAt, expiresAt, lastUsedAt, at);
    }

    public ApiKey usedAt(Instant at) {
        return new ApiKey(id, keyHash, projectOwnerId, name, scopes, rateLimit, createdAt, expiresAt, at, revokedAt);
    }
}
