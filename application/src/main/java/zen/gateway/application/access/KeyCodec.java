package zen.gateway.application.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import zen.gateway.application.lookup.LayeredLookup;
import zen.gateway.domain.access.ApiKey;
import zen.gateway.domain.access.KeyRateLimit;
import zen.gateway.domain.access.Scope;

/**
 * A project key (its hash and settings, never the key) as JSON for the shared cache. Only keys that exist are kept:
 * anyone can present a made-up key, and keeping "no such key" for each would let them fill the caches.
 */
final class KeyCodec implements LayeredLookup.Codec<Optional<ApiKey>> {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public boolean worthKeeping(Optional<ApiKey> key) {
        return key.isPresent();
    }

    @Override
    public byte[] encode(Optional<ApiKey> found) {
        ObjectNode node = json.createObjectNode();
        found.ifPresent(key -> {
            node.put("id", key.id());
            node.put("hash", key.keyHash());
            node.put("project", key.projectOwnerId());
            node.put("name", key.name());
            key.scopes().forEach(scope -> node.withArray("scopes").add(scope.name()));
            node.put("per_second", key.rateLimit().perSecond());
            node.put("burst", key.rateLimit().burst());
            node.put("created", key.createdAt().toEpochMilli());
            putInstant(node, "expires", key.expiresAt());
            putInstant(node, "used", key.lastUsedAt());
            putInstant(node, "revoked", key.revokedAt());
        });
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Optional<ApiKey>> decode(byte[] bytes) {
        try {
            JsonNode node = json.readTree(bytes);
            if (!node.has("id")) {
                return Optional.of(Optional.empty());
            }
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            node.withArray("scopes").forEach(s -> scopes.add(Scope.valueOf(s.asText())));
            return Optional.of(Optional.of(new ApiKey(node.get("id").asText(), node.get("hash").asText(),
                    node.get("project").asText(), node.get("name").isNull() ? null : node.get("name").asText(), scopes,
                    new KeyRateLimit(node.get("per_second").asDouble(), node.get("burst").asInt()),
                    Instant.ofEpochMilli(node.get("created").asLong()), instant(node, "expires"), instant(node, "used"),
                    instant(node, "revoked"))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static void putInstant(ObjectNode node, String field, Instant value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toEpochMilli());
        }
    }

    private static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : Instant.ofEpochMilli(value.asLong());
    }
}
