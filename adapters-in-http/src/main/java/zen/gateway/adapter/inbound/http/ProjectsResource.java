package zen.gateway.adapter.inbound.http;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import zen.gateway.application.port.inbound.projects.ManageProjectNumbersUseCase;

/** Which business numbers belong to a project: how events without a project reference find their project. */
@Path("/api/v1/projects/{project_owner_id}/numbers")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectsResource {

    private final ManageProjectNumbersUseCase numbers;

    public ProjectsResource(ManageProjectNumbersUseCase numbers) {
        this.numbers = numbers;
    }

    @GET
    public Map<String, Object> list(@PathParam("project_owner_id") String project) {
        return Map.of("project_owner_id", project, "numbers", numbers.numbersOf(project));
    }

    @PUT
    @Path("{business_number}")
    public Map<String, Object> assign(@PathParam("project_owner_id") String project, @PathParam("business_number") String number) {
        String stored = numbers.assign(project, number);
        return Map.of("project_owner_id", project, "business_number", stored);
    }

    @DELETE
    @Path("{business_number}")
    public Response remove(@PathParam("project_owner_id") String project, @PathParam("business_number") String number) {
        return numbers.remove(project, number)
                ? Response.noContent().build()
                : ApiError.of(404, "project '" + project + "' has no number '" + number + "'");
    }
}
