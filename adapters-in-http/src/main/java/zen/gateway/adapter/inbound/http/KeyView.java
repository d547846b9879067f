package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import zen.gateway.domain.access.ApiKey;
import zen.gateway.domain.access.Scope;

/**
 * A project key as the API shows it: never the key, which {@code key} holds only in the answer that made it (and is
 * left out of every other answer), nor its hash.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record KeyView(
        // One component per field of the JSON answer.
        String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String key,
        String projectOwnerId,
        String name,
        List<String> scopes,
        Map<String, Object> rateLimit,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant revokedAt) {

    static KeyView of(ApiKey key) {
        return of(key, null);
    }

    static KeyView of(ApiKey key, String secret) {
        return new KeyView(key.id(), secret, key.projectOwnerId(), key.name(),
                key.scopes().stream().sorted().map(Scope::wireName).toList(),
                Map.of("per_second", key.rateLimit().perSecond(), "burst", key.rateLimit().burst()),
                key.createdAt(), key.lastUsedAt(), key.expiresAt(), key.revokedAt());
    }
}
