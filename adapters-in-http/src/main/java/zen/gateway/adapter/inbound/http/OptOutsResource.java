package zen.gateway.adapter.inbound.http;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.campaigns.ManageOptOutsUseCase;
import zen.gateway.domain.campaign.OptOut;

/** A project's opt-out list: numbers its campaigns skip. Every route needs the {@code write} scope. */
@Path("/api/v1/projects/{project_owner_id}/opt-outs")
@Produces(MediaType.APPLICATION_JSON)
public final class OptOutsResource {

    private final ManageOptOutsUseCase optOuts;

    public OptOutsResource(ManageOptOutsUseCase optOuts) {
        this.optOuts = optOuts;
    }

    @PUT
    @Path("{phone}")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "opt_out.add", target = "phone")
    public Response add(@Auth Caller caller, @PathParam("project_owner_id") String project, @PathParam("phone") String phone) {
        boolean added = optOuts.optOut(caller.project(project), phone, "api");
        return Response.ok(Map.of("phone", phone, "opted_out", true, "added", added)).build();
    }

    @DELETE
    @Path("{phone}")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "opt_out.remove", target = "phone")
    public Response remove(@Auth Caller caller, @PathParam("project_owner_id") String project, @PathParam("phone") String phone) {
        if (!optOuts.optIn(caller.project(project), phone)) {
            return ApiError.of(404, phone + " is not on the opt-out list of project " + project);
        }
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed(Scopes.WRITE)
    public Map<String, Object> list(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit);
        List<OptOut> page = optOuts.list(caller.project(project), QueryParams.blankToNull(cursor), size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.stream().map(o -> Map.of("phone", o.phone(), "source", o.source(),
                "created_at", o.createdAt().toString())).toList());
        body.put("next_cursor", page.size() == size ? page.get(page.size() - 1).phone() : null);
        return body;
    }
}
