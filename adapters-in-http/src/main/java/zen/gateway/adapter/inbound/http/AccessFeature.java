package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import zen.gateway.application.port.inbound.access.RecordAuditUseCase;

/**
 * Puts each route's access rule in front of it: the key's limit and scopes for a route with {@code @RolesAllowed}
 * (the limit alone for {@code @PermitAll}, any valid key), and the audit trail behind an {@link Audited} one. The
 * key itself is checked by {@link BearerKeyFilter}, which dropwizard-auth puts in front of the same routes.
 */
final class AccessFeature implements DynamicFeature {

    private final RateLimitFilter rateLimit;
    private final RecordAuditUseCase audit;
    private final ObjectMapper json;

    AccessFeature(KeyRateLimits limits, RecordAuditUseCase audit, ObjectMapper json) {
        this.rateLimit = new RateLimitFilter(limits);
        this.audit = audit;
        this.json = json;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        RolesAllowed roles = rolesOf(resource);
        if (roles != null || method.isAnnotationPresent(PermitAll.class)
                || resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
            context.register(rateLimit);
        }
        if (roles != null) {
            context.register(new ScopeFilter(roles.value()));
        }
        Audited audited = method.getAnnotation(Audited.class);
        if (audited != null) {
            context.register(new AuditFilter(audit, json, audited));
        }
    }

    /** The route's roles: the method's, else its class's. */
    static RolesAllowed rolesOf(ResourceInfo resource) {
        RolesAllowed onMethod = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
}
