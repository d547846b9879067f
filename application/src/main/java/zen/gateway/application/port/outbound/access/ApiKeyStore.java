package zen.gateway.application.port.outbound.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import zen.gateway.domain.access.ApiKey;

/**
 * {@code api_keys}: project keys, by id and by the hash of the key (both unique). Revoked keys are kept, so that the
 * audit trail's key ids keep meaning something, but no longer listed. Thread-safe.
 */
public interface ApiKeyStore {

    /** Inserts a new key. */
    void create(ApiKey key);

    /** The key whose hash this is, revoked or not. */
    Optional<ApiKey> findByHash(String keyHash);

    /** The key with this id, revoked or not. */
    Optional<ApiKey> find(String id);

    /** The project's keys that are not revoked (every project's when {@code projectOwnerId} is null), oldest first. */
    List<ApiKey> list(String projectOwnerId);

    /** Marks the key revoked at {@code at}; false when there is no such key or it was revoked already. */
    boolean revoke(String id, Instant at);

    /** Records that the key was used at {@code at}. */
    void touch(String id, Instant at);
}
