package zen.gateway.application.port.inbound.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import zen.gateway.domain.access.KeyRateLimit;
import zen.gateway.domain.access.Scope;

/**
 * A project key to make: for {@code projectOwnerId} (null: the creating key's own project), with {@code scopes}
 * (wire names, at least one), a {@code name} for people (optional), an expiry (optional) and a rate limit of its own
 * (optional; null takes the default).
 */
public record CreateKeyCommand(String projectOwnerId, String name, Set<Scope> scopes, Instant expiresAt, KeyRateLimit rateLimit) {

    public CreateKeyCommand {
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("scopes must name at least one of read, write, send, keys");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
        if (name != null && name.length() > 200) {
            throw new IllegalArgumentException("name must be at most 200 characters");
        }
    }

    /** The scopes named, each checked: an unknown name is an {@link IllegalArgumentException} naming it. */
    public static Set<Scope> scopes(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("scopes must name at least one of read, write, send, keys");
        }
        List<Scope> scopes = new ArrayList<>();
        for (String name : names) {
            scopes.add(Scope.fromWireName(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown scope '" + name + "': a key's scopes are read, write, send and keys")));
        }
        return EnumSet.copyOf(scopes);
    }
}
