package zen.gateway.adapter.inbound.http;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.projects.ManageProjectNumbersUseCase;

/**
 * Which business numbers belong to a project: how events without a project reference find their project. A project
 * key manages its own project's numbers, and cannot take a number another project has (409): that would take that
 * project's events. An admin key moves numbers between projects.
 */
@Path("/api/v1/projects/{project_owner_id}/numbers")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectsResource {

    private final ManageProjectNumbersUseCase numbers;

    public ProjectsResource(ManageProjectNumbersUseCase numbers) {
        this.numbers = numbers;
    }

    @GET
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> list(@Auth Caller caller, @PathParam("project_owner_id") String project) {
        caller.project(project);
        return Map.of("project_owner_id", project, "numbers", numbers.numbersOf(project));
    }

    @PUT
    @Path("{business_number}")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "number.assign", target = "business_number")
    public Map<String, Object> assign(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @PathParam("business_number") String number) {
        String stored = numbers.assign(caller.project(project), number, caller.admin());
        return Map.of("project_owner_id", project, "business_number", stored);
    }

    @DELETE
    @Path("{business_number}")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "number.remove", target = "business_number")
    public Response remove(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @PathParam("business_number") String number) {
        return numbers.remove(caller.project(project), number)
                ? Response.noContent().build()
                : ApiError.of(404, "project '" + project + "' has no number '" + number + "'");
    }
}
