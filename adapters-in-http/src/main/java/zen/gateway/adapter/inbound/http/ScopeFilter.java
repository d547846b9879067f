package zen.gateway.adapter.inbound.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;

/**
 * Lets a request through when its key has one of the roles the route's {@code @RolesAllowed} names, else answers
 * 403 naming them. As Jersey's own {@code RolesAllowedDynamicFeature} does, with an answer that says what is missing.
 */
@Priority(Priorities.AUTHORIZATION)
final class ScopeFilter implements ContainerRequestFilter {

    private final List<String> roles;

    ScopeFilter(String[] roles) {
        this.roles = Arrays.asList(roles.clone());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (roles.stream().noneMatch(security::isUserInRole)) {
            throw new WebApplicationException(ApiError.of(403, roles.contains(Scopes.ADMIN)
                    ? "this needs an admin key"
                    : "this key lacks the scope this needs: " + String.join(" or ", roles)));
        }
    }
}
