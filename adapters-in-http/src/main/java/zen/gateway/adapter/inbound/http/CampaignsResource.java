package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.campaigns.CampaignCommand;
import zen.gateway.application.port.inbound.campaigns.CampaignConflictException;
import zen.gateway.application.port.inbound.campaigns.CampaignDetails;
import zen.gateway.application.port.inbound.campaigns.ManageCampaignsUseCase;
import zen.gateway.application.port.inbound.campaigns.RecipientLine;
import zen.gateway.application.port.inbound.campaigns.UploadReport;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignStatus;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;

/**
 * Campaigns: create, upload recipients (JSON or CSV, streamed), start, pause, resume, cancel, and watch. Changing a
 * campaign needs the {@code send} scope, reading it {@code read}. A campaign of another project is not found (404).
 */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public final class CampaignsResource {

    private static final String CSV = "text/csv";

    private final ManageCampaignsUseCase campaigns;
    private final ObjectMapper json;

    public CampaignsResource(ManageCampaignsUseCase campaigns, ObjectMapper json) {
        this.campaigns = campaigns;
        this.json = json;
    }

    record Template(@JsonProperty("name") String name, @JsonProperty("language") String language) {}

    record CampaignRequest(
            @JsonProperty("project_owner_id") String projectOwnerId,
            @JsonProperty("name") String name,
            @JsonProperty("from") String from,
            @JsonProperty("template") Template template,
            @JsonProperty("start_at") String startAt) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.SEND)
    @Audited("campaign.create")
    public Response create(@Auth Caller caller, CampaignRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        Template t = request.template() == null ? new Template(null, null) : request.template();
        Campaign made = campaigns.create(new CampaignCommand(caller.project(request.projectOwnerId()), request.name(),
                request.from(), t.name(), t.language(), QueryParams.instant("start_at", request.startAt())));
        return Response.status(201).entity(CampaignView.of(made)).build();
    }

    @GET
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> list(@Auth Caller caller, @QueryParam("project_owner_id") String project,
            @QueryParam("status") String status, @QueryParam("limit") String limit) {
        CampaignStatus wanted = status == null || status.isBlank() ? null : CampaignStatus.fromWire(status).orElseThrow(
                () -> new IllegalArgumentException("status must be one of draft, scheduled, running, paused, completed, cancelled"));
        List<Campaign> found = campaigns.list(caller.project(project), wanted, QueryParams.limit(limit));
        return Map.of("items", found.stream().map(CampaignView::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    public Response get(@Auth Caller caller, @PathParam("id") String id) {
        return campaigns.find(id).filter(d -> caller.sees(d.campaign().projectOwnerId()))
                .map(d -> Response.ok(CampaignView.of(d)).build())
                .orElseGet(() -> notFound(id));
    }

    @POST
    @Path("{id}/recipients")
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed(Scopes.SEND)
    @Audited("campaign.add_recipients")
    public Response addRecipients(@Auth Caller caller, @PathParam("id") String id,
            @jakarta.ws.rs.HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        if (!visible(caller, id)) {
            return notFound(id);
        }
        Iterator<RecipientLine> lines = contentType != null && contentType.toLowerCase().startsWith(CSV)
                ? new CsvRecipients(body) : new JsonRecipients(json, body);
        return act(id, () -> {
            UploadReport report = campaigns.addRecipients(id, lines);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("added", report.added());
            answer.put("duplicates", report.duplicates());
            answer.put("opted_out", report.optedOut());
            answer.put("invalid_count", report.invalidCount());
            answer.put("invalid", report.invalid().stream()
                    .map(e -> Map.of("line", e.line(), "error", e.error())).toList());
            return answer;
        });
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed(Scopes.SEND)
    @Audited("campaign.start")
    public Response start(@Auth Caller caller, @PathParam("id") String id) {
        return move(caller, id, campaigns::start);
    }

    @POST
    @Path("{id}/pause")
    @RolesAllowed(Scopes.SEND)
    @Audited("campaign.pause")
    public Response pause(@Auth Caller caller, @PathParam("id") String id) {
        return move(caller, id, campaigns::pause);
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed(Scopes.SEND)
    @Audited("campaign.resume")
    public Response resume(@Auth Caller caller, @PathParam("id") String id) {
        return move(caller, id, campaigns::resume);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Scopes.SEND)
    @Audited("campaign.cancel")
    public Response cancel(@Auth Caller caller, @PathParam("id") String id) {
        return move(caller, id, campaigns::cancel);
    }

    @GET
    @Path("{id}/recipients")
    @RolesAllowed(Scopes.READ)
    public Response recipients(@Auth Caller caller, @PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        if (!visible(caller, id)) {
            return notFound(id);
        }
        RecipientStatus wanted = status == null || status.isBlank() ? null : RecipientStatus.fromWire(status)
                .orElseThrow(() -> new IllegalArgumentException("status must be a recipient status such as pending, "
                        + "queued, accepted, sent, delivered, read, failed, unknown, opted_out, cancelled"));
        int size = QueryParams.limit(limit);
        List<Recipient> page = campaigns.recipients(id, wanted, QueryParams.blankToNull(cursor), size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.stream().map(CampaignView::of).toList());
        body.put("next_cursor", page.size() == size ? page.get(page.size() - 1).phone() : null);
        return Response.ok(body).build();
    }

    private boolean visible(Caller caller, String id) {
        return campaigns.find(id).map(CampaignDetails::campaign).filter(c -> caller.sees(c.projectOwnerId())).isPresent();
    }

    private Response move(Caller caller, String id, Function<String, Campaign> action) {
        if (!visible(caller, id)) {
            return notFound(id);
        }
        return act(id, () -> CampaignView.of(action.apply(id)));
    }

    private static Response act(String id, java.util.function.Supplier<Object> action) {
        try {
            return Response.ok(action.get()).build();
        } catch (CampaignConflictException e) {
            return ApiError.of(409, e.getMessage());
        } catch (NoSuchElementException e) {
            return notFound(id);
        }
    }

    private static Response notFound(String id) {
        return ApiError.of(404, "no campaign " + id);
    }
}
