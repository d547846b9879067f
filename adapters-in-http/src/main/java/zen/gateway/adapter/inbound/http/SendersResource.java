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
import java.util.Map;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.send.ManageSendersUseCase;
import zen.gateway.application.port.inbound.send.SenderCommand;

/**
 * A project's senders: its business numbers on its BSPs and the credentials to send from them. Every route needs the
 * {@code write} scope, reading included (the answer says which accounts the project sends from); credentials are
 * never shown, only the last four characters of each value.
 */
@Path("/api/v1/projects/{project_owner_id}/senders")
@Produces(MediaType.APPLICATION_JSON)
public final class SendersResource {

    private final ManageSendersUseCase senders;

    public SendersResource(ManageSendersUseCase senders) {
        this.senders = senders;
    }

    /** The body of register and update. */
    record SenderRequest(
            @JsonProperty("business_number") String businessNumber,
            @JsonProperty("bsp") String bsp,
            @JsonProperty("credentials") Map<String, String> credentials,
            @JsonProperty("base_url") String baseUrl,
            @JsonProperty("rate_per_second") Double ratePerSecond,
            @JsonProperty("default") Boolean isDefault,
            @JsonProperty("messaging_tier") String messagingTier,
            @JsonProperty("daily_unique_recipients_limit") Integer dailyUniqueRecipientsLimit) {

        SenderCommand command(String project) {
            return new SenderCommand(project, businessNumber, bsp, credentials, baseUrl, ratePerSecond, isDefault,
                    messagingTier, dailyUniqueRecipientsLimit);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "sender.register", target = "project_owner_id")
    public Response register(@Auth Caller caller, @PathParam("project_owner_id") String project, SenderRequest request) {
        return Response.status(201).entity(SenderView.of(senders.register(required(request).command(caller.project(project)))))
                .build();
    }

    @GET
    @RolesAllowed(Scopes.WRITE)
    public Map<String, Object> list(@Auth Caller caller, @PathParam("project_owner_id") String project) {
        return Map.of("project_owner_id", project,
                "senders", senders.list(caller.project(project)).stream().map(SenderView::of).toList());
    }

    @PUT
    @Path("{sender_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "sender.update", target = "sender_id")
    public Response update(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @PathParam("sender_id") String id, SenderRequest request) {
        return senders.update(id, required(request).command(caller.project(project)))
                .map(s -> Response.ok(SenderView.of(s)).build())
                .orElseGet(() -> notFound(project, id));
    }

    @DELETE
    @Path("{sender_id}")
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "sender.delete", target = "sender_id")
    public Response delete(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @PathParam("sender_id") String id) {
        return senders.delete(caller.project(project), id) ? Response.noContent().build() : notFound(project, id);
    }

    private static Response notFound(String project, String id) {
        return ApiError.of(404, "project '" + project + "' has no sender '" + id + "'");
    }

    private static SenderRequest required(SenderRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        return request;
    }
}
