package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import zen.gateway.application.port.inbound.endpoints.EndpointCommand;
import zen.gateway.application.port.inbound.endpoints.ManageEndpointsUseCase;
import zen.gateway.domain.subscription.Endpoint;

/** Customers' webhook endpoints: configure, change, pause and resume, remove, list. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public final class EndpointsResource {

    private final ManageEndpointsUseCase endpoints;

    public EndpointsResource(ManageEndpointsUseCase endpoints) {
        this.endpoints = endpoints;
    }

    /** The body of configure and update. */
    record EndpointRequest(
            @JsonProperty("project_owner_id") String projectOwnerId,
            @JsonProperty("webhook_url") String webhookUrl,
            @JsonProperty("shared_secret") String sharedSecret,
            @JsonProperty("signing_secret") String signingSecret,
            @JsonProperty("topics") List<String> topics,
            @JsonProperty("status_filter") List<String> statusFilter,
            @JsonProperty("enabled") Boolean enabled) {

        EndpointCommand command(String projectFromPath) {
            String project = projectFromPath != null ? projectFromPath : projectOwnerId;
            if (projectFromPath != null && projectOwnerId != null && !projectOwnerId.equals(projectFromPath)) {
                throw new IllegalArgumentException("project_owner_id in the body differs from the one in the path");
            }
            return new EndpointCommand(project, webhookUrl, sharedSecret, signingSecret, topics, statusFilter, enabled);
        }
    }

    @POST
    @Path("configure")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response configure(EndpointRequest request) {
        Endpoint created = endpoints.configure(required(request).command(null));
        return Response.status(201).entity(EndpointView.revealing(created)).build();
    }

    @GET
    @Path("config/{project_owner_id}")
    public Map<String, Object> list(@PathParam("project_owner_id") String project) {
        return Map.of("project_owner_id", project,
                "endpoints", endpoints.list(project).stream().map(EndpointView::masked).toList());
    }

    @PUT
    @Path("config/{project_owner_id}/{endpoint_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("project_owner_id") String project, @PathParam("endpoint_id") String id,
            EndpointRequest request) {
        return found(endpoints.update(id, required(request).command(project)), project, id, EndpointView::revealing);
    }

    @DELETE
    @Path("config/{project_owner_id}/{endpoint_id}")
    public Response delete(@PathParam("project_owner_id") String project, @PathParam("endpoint_id") String id) {
        return endpoints.delete(project, id) ? Response.noContent().build() : notFound(project, id);
    }

    @DELETE
    @Path("config/{project_owner_id}")
    public Map<String, Object> deleteAll(@PathParam("project_owner_id") String project) {
        return Map.of("project_owner_id", project, "deleted", endpoints.deleteAll(project));
    }

    @POST
    @Path("config/{project_owner_id}/{endpoint_id}/pause")
    public Response pause(@PathParam("project_owner_id") String project, @PathParam("endpoint_id") String id) {
        return found(endpoints.pause(project, id), project, id, EndpointView::masked);
    }

    @POST
    @Path("config/{project_owner_id}/{endpoint_id}/resume")
    public Response resume(@PathParam("project_owner_id") String project, @PathParam("endpoint_id") String id) {
        return found(endpoints.resume(project, id), project, id, EndpointView::masked);
    }

    private static Response found(Optional<Endpoint> endpoint, String project, String id,
            Function<Endpoint, EndpointView> view) {
        return endpoint.map(e -> Response.ok(view.apply(e)).build()).orElseGet(() -> notFound(project, id));
    }

    private static Response notFound(String project, String id) {
        return ApiError.of(404, "project '" + project + "' has no endpoint '" + id + "'");
    }

    private static EndpointRequest required(EndpointRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        return request;
    }
}
