package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
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
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.endpoints.EndpointCommand;
import zen.gateway.application.port.inbound.endpoints.ManageEndpointsUseCase;
import zen.gateway.domain.subscription.Endpoint;

/**
 * Customers' webhook endpoints: configure, change, pause and resume, rotate secrets, remove, list. Secrets are shown in
 * full only in the answer that makes them (configure, rotate-secrets); every other answer masks them.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public final class EndpointsResource {

    /** Browsers and most servers stop at 2,000 to 8,000; an endpoint URL past 2 KB is no receiver anyone runs. */
    private static final int MAX_URL_CHARS = 2048;

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

        EndpointCommand command(Caller caller, String projectFromPath) {
            if (projectFromPath != null && projectOwnerId != null && !projectOwnerId.equals(projectFromPath)) {
                throw new IllegalArgumentException("project_owner_id in the body differs from the one in the path");
            }
            String project = caller.project(projectFromPath != null ? projectFromPath : Ids.check("project_owner_id", projectOwnerId));
            if (webhookUrl != null && webhookUrl.length() > MAX_URL_CHARS) {
                throw new IllegalArgumentException("webhook_url is longer than " + MAX_URL_CHARS + " characters");
            }
            return new EndpointCommand(project, webhookUrl, sharedSecret, signingSecret, Ids.noNulls("topics", topics),
                    Ids.noNulls("status_filter", statusFilter), enabled);
        }
    }

    @POST
    @Path("configure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Audited("endpoint.configure")
    public Response configure(@Auth Caller caller, EndpointRequest request) {
        Endpoint created = endpoints.configure(required(request).command(caller, null));
        return Response.status(201).entity(EndpointView.revealing(created)).build();
    }

    @GET
    @Path("config/{project_owner_id}")
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> list(@Auth Caller caller, @PathParam("project_owner_id") String project) {
        caller.project(project);
        return Map.of("project_owner_id", project,
                "endpoints", endpoints.list(project).stream().map(EndpointView::masked).toList());
    }

    /** Answers the endpoint with its secrets masked, new ones included: they were the caller's to keep. */
    @PUT
    @Path("config/{project_owner_id}/{endpoint_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "endpoint.update", target = "endpoint_id")
    public Response update(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @PathParam("endpoint_id") String id, EndpointRequest request) {
        return found(endpoints.update(id, required(request).command(caller, project)), project, id, EndpointView::masked);
    }

    /** New secrets made by the gateway, shown in full in this answer only. */
    @POST
    @Path("config/{project_owner_id}/{endpoint_id}/rotate-secrets")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "endpoint.rotate_secrets", target = "endpoint_id")
    public Response rotateSecrets(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @PathParam("endpoint_id") String id) {
        return found(endpoints.rotateSecrets(caller.project(project), id), project, id, EndpointView::revealing);
    }

    @DELETE
    @Path("config/{project_owner_id}/{endpoint_id}")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "endpoint.delete", target = "endpoint_id")
    public Response delete(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @PathParam("endpoint_id") String id) {
        return endpoints.delete(caller.project(project), id) ? Response.noContent().build() : notFound(project, id);
    }

    @DELETE
    @Path("config/{project_owner_id}")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "endpoint.delete_all", target = "project_owner_id")
    public Map<String, Object> deleteAll(@Auth Caller caller, @PathParam("project_owner_id") String project) {
        return Map.of("project_owner_id", project, "deleted", endpoints.deleteAll(caller.project(project)));
    }

    @POST
    @Path("config/{project_owner_id}/{endpoint_id}/pause")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "endpoint.pause", target = "endpoint_id")
    public Response pause(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @PathParam("endpoint_id") String id) {
        return found(endpoints.pause(caller.project(project), id), project, id, EndpointView::masked);
    }

    @POST
    @Path("config/{project_owner_id}/{endpoint_id}/resume")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "endpoint.resume", target = "endpoint_id")
    public Response resume(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @PathParam("endpoint_id") String id) {
        return found(endpoints.resume(caller.project(project), id), project, id, EndpointView::masked);
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
