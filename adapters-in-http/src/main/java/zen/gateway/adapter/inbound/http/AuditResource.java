package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import zen.gateway.application.port.inbound.access.AuditTrailQuery;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.domain.access.AuditEntry;

/**
 * The audit trail, newest first: every change asked through the API or an admin task, with the key that asked (its id),
 * the project, the action, its target and how it ended. A project key sees its own project's entries.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    private final AuditTrailQuery trail;

    public AuditResource(AuditTrailQuery trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> entries(
            @Auth Caller caller,
            @QueryParam("project_owner_id") String project,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return PageJson.of(trail.list(new AuditTrailQuery.Criteria(caller.project(project), QueryParams.instant("from", from),
                QueryParams.instant("to", to), QueryParams.cursor(cursor), QueryParams.limit(limit))), EntryView::of);
    }

    /** One entry as the API shows it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EntryView(String id, Instant time, String keyId, String projectOwnerId, String action, String target, String outcome,
            int status) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.id(), e.time(), e.keyId(), e.projectOwnerId(), e.action(), e.target(), e.outcome().wireName(),
                    e.status());
        }
    }
}
