package zen.gateway.application.port.inbound.access;

import java.util.List;
import java.util.Optional;
import zen.gateway.domain.access.ApiKey;

/**
 * Project keys: made, listed, revoked. A revocation takes effect on every node at once. Invalid input is an
 * {@link IllegalArgumentException}; asking for more than the creating key has, an {@link AccessDeniedException}.
 */
public interface ManageKeysUseCase {

    /** Makes a key; a project key may make keys of its own project only, with no scope and no limit beyond its own. */
    CreatedKey create(Caller creator, CreateKeyCommand command);

    /** The keys of a project not revoked (every project's for null), oldest first. */
    List<ApiKey> list(String projectOwnerId);

    /** The key with this id, unless it was revoked. */
    Optional<ApiKey> find(String id);

    /** Revokes the key; the key as revoked, or empty when there is none to revoke. */
    Optional<ApiKey> revoke(String id);
}
