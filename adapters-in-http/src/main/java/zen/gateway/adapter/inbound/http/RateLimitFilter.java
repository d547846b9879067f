package zen.gateway.adapter.inbound.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import zen.gateway.application.port.inbound.access.Caller;

/**
 * Answers 429 with {@code Retry-After} (whole seconds, rounded up) when the key made more requests than its limit.
 * Runs once the key is known and before its scopes are checked: a refused request counts too.
 */
@Priority(Priorities.AUTHENTICATION + 500)
final class RateLimitFilter implements ContainerRequestFilter {

    private final KeyRateLimits limits;

    RateLimitFilter(KeyRateLimits limits) {
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
            return;
        }
        Optional<Duration> wait = limits.take(caller.keyId(), caller.rateLimit());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new WebApplicationException(Response.fromResponse(ApiError.of(429, "too many requests with this key ("
                            + caller.rateLimit().perSecond() + "/s, bursts of " + caller.rateLimit().burst() + "); retry in "
                            + seconds + " s"))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build());
        }
    }
}
