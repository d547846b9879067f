package zen.gateway.application.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import zen.gateway.application.port.inbound.access.AccessDeniedException;
import zen.gateway.application.port.inbound.access.AuthenticateKeyQuery;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.access.CreateKeyCommand;
import zen.gateway.application.port.inbound.access.CreatedKey;
import zen.gateway.application.port.inbound.access.ManageKeysUseCase;
import zen.gateway.application.port.outbound.access.ApiKeyStore;
import zen.gateway.domain.access.ApiKey;
import zen.gateway.domain.access.KeyRateLimit;
import zen.gateway.domain.access.Scope;

/**
 * Checks presented keys and manages project keys. A key is checked against the admin keys, then looked up by its
 * hash (cached on every node); revoked and expired keys are refused like unknown ones. When a key was last used is
 * written at most once a minute per key and node, not once per request. Thread-safe.
 */
public final class ApiKeyService implements AuthenticateKeyQuery, ManageKeysUseCase {

    /** How stale a key's "last used" may be: the listing says when a key was last used, to the minute. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiKeyStore store;
    private final KeyDirectory directory;
    private final AdminKeys admins;
    private final KeyRateLimit defaultLimit;
    private final Clock clock;
    private final Map<String, Instant> lastUseWritten = new ConcurrentHashMap<>();

    public ApiKeyService(ApiKeyStore store, KeyDirectory directory, AdminKeys admins, KeyRateLimit defaultLimit, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.admins = admins;
        this.defaultLimit = defaultLimit;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        String hash = KeyMaterial.hash(presentedKey.trim());
        Optional<Caller> admin = admins.match(hash);
        if (admin.isPresent()) {
            return admin;
        }
        Instant now = clock.instant();
        return directory.byHash(hash)
                .filter(key -> KeyMaterial.sameHash(key.keyHash(), hash))
                .filter(key -> key.usableAt(now))
                .map(key -> {
                    noteUse(key, now);
                    return Caller.ofProject(key.id(), key.projectOwnerId(), key.scopes(), key.rateLimit(), key.expiresAt());
                });
    }

    private void noteUse(ApiKey key, Instant now) {
        Instant written = lastUseWritten.get(key.id());
        if (written != null && written.plus(LAST_USE_PRECISION).isAfter(now)) {
            return;
        }
        lastUseWritten.put(key.id(), now);
        try {
            store.touch(key.id(), now);
        } catch (RuntimeException storeDown) {
            // the key was found (in a cache): the request goes on, and the next use a minute on tries again
            lastUseWritten.remove(key.id());
        }
    }

    @Override
    public CreatedKey create(Caller creator, CreateKeyCommand command) {
        String project = creator.project(command.projectOwnerId());
        if (project == null) {
            throw new IllegalArgumentException("project_owner_id is required: a key belongs to one project");
        }
        Set<Scope> beyond = EnumSet.copyOf(command.scopes());
        beyond.removeAll(creator.scopes());
        if (!beyond.isEmpty()) {
            throw new AccessDeniedException("a key cannot give scopes it does not have itself: " + wireNames(beyond));
        }
        Instant now = clock.instant();
        String secret = KeyMaterial.newKey();
        ApiKey key = new ApiKey(KeyMaterial.newId(), KeyMaterial.hash(secret), project, blankToNull(command.name()),
                command.scopes(), rateLimit(creator, command.rateLimit()), now, expiry(creator, command.expiresAt(), now),
                null, null);
        store.create(key);
        return new CreatedKey(key, secret);
    }

    private KeyRateLimit rateLimit(Caller creator, KeyRateLimit asked) {
        if (asked == null) {
            return creator.admin() || defaultLimit.within(creator.rateLimit()) ? defaultLimit : creator.rateLimit();
        }
        if (!creator.admin() && !asked.within(creator.rateLimit())) {
            throw new AccessDeniedException("a key cannot give a higher rate limit than its own (" + creator.rateLimit().perSecond()
                    + "/s, burst " + creator.rateLimit().burst() + ")");
        }
        return asked;
    }

    private static Instant expiry(Caller creator, Instant asked, Instant now) {
        if (asked != null && !asked.isAfter(now)) {
            throw new IllegalArgumentException("expires_at must be in the future");
        }
        if (creator.expiresAt() == null) {
            return asked;
        }
        if (asked != null && asked.isAfter(creator.expiresAt())) {
            throw new AccessDeniedException("a key cannot outlive the key that makes it (that one expires at "
                    + creator.expiresAt() + ")");
        }
        return asked == null ? creator.expiresAt() : asked;
    }

    @Override
    public List<ApiKey> list(String projectOwnerId) {
        return store.list(projectOwnerId);
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return store.find(id).filter(key -> key.revokedAt() == null);
    }

    @Override
    public Optional<ApiKey> revoke(String id) {
        Optional<ApiKey> key = store.find(id);
        Instant now = clock.instant();
        if (key.isEmpty() || !store.revoke(id, now)) {
            return Optional.empty();
        }
        directory.forget(key.get().keyHash());
        return Optional.of(key.get().revokedAt(now));
    }

    private static List<String> wireNames(Set<Scope> scopes) {
        return scopes.stream().map(Scope::wireName).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
