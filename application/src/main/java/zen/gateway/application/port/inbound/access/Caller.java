package zen.gateway.application.port.inbound.access;

import java.security.Principal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import zen.gateway.domain.access.KeyRateLimit;
import zen.gateway.domain.access.Scope;

/**
 * Who is asking: an admin key (every scope, every project, and what no scope grants) or a project key (one project,
 * its scopes). {@code keyId} names the key without revealing it (what the audit trail records). The methods that
 * check a project are what every route applies to the project it is asked about. {@code expiresAt} is when the key
 * stops working (null: never), which bounds the keys it may make. Immutable.
 */
public record Caller(String keyId, String projectOwnerId, Set<Scope> scopes, boolean admin, KeyRateLimit rateLimit,
        Instant expiresAt) implements Principal {

    /** The role only admin keys have: {@code @RolesAllowed(Caller.ADMIN)}. */
    public static final String ADMIN = "admin";

    public Caller {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(rateLimit, "rateLimit");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        if (!admin && projectOwnerId == null) {
            throw new IllegalArgumentException("a project key belongs to a project");
        }
    }

    public static Caller admin(String keyId, KeyRateLimit rateLimit) {
        return new Caller(keyId, null, EnumSet.allOf(Scope.class), true, rateLimit, null);
    }

    public static Caller ofProject(String keyId, String projectOwnerId, Set<Scope> scopes, KeyRateLimit rateLimit,
            Instant expiresAt) {
        return new Caller(keyId, projectOwnerId, scopes, false, rateLimit, expiresAt);
    }

    @Override
    public String getName() {
        return keyId;
    }

    /** Whether the caller has the role: a scope's wire name, or {@link #ADMIN}. */
    public boolean hasRole(String role) {
        if (admin) {
            return true;
        }
        return !ADMIN.equals(role) && Scope.fromWireName(role).filter(scopes::contains).isPresent();
    }

    /** Whether something of {@code owner}'s (a message, a delivery, a key) is the caller's to see. */
    public boolean sees(String owner) {
        return admin || projectOwnerId.equals(owner);
    }

    /**
     * The project a request is about, given the one it names ({@code requested}, from its path, query or body; null
     * when it names none): the named one if the caller may act on it, the caller's own when none is named (null for
     * an admin key, meaning every project).
     *
     * @throws AccessDeniedException when a project key names another project
     */
    public String project(String requested) {
        String named = requested == null || requested.isBlank() ? null : requested.trim();
        if (named == null) {
            return projectOwnerId;
        }
        if (!sees(named)) {
            throw new AccessDeniedException("this key belongs to another project: it cannot act on project '" + named + "'");
        }
        return named;
    }
}
