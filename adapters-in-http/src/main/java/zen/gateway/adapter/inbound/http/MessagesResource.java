package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.conversations.FindInboundMessageQuery;
import zen.gateway.application.port.inbound.tracking.FindMessageQuery;
import zen.gateway.application.port.inbound.tracking.ListMessagesQuery;
import zen.gateway.application.port.inbound.tracking.MessageStats;
import zen.gateway.application.port.inbound.tracking.MessageStatsQuery;
import zen.gateway.application.port.inbound.tracking.TrackMessageCommand;
import zen.gateway.application.port.inbound.tracking.TrackMessageUseCase;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.message.TrackedMessage;

/**
 * The tracking API: one message, listings, statistics, and registering a sent message. A project key sees its own
 * project's messages only: another's is "not found", and listings without a project are of its own.
 */
@Path("/api/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
public final class MessagesResource {

    private final FindMessageQuery find;
    private final ListMessagesQuery list;
    private final MessageStatsQuery stats;
    private final TrackMessageUseCase track;
    private final FindInboundMessageQuery findInbound;

    public MessagesResource(FindMessageQuery find, ListMessagesQuery list, MessageStatsQuery stats, TrackMessageUseCase track,
            FindInboundMessageQuery findInbound) {
        this.find = find;
        this.list = list;
        this.stats = stats;
        this.track = track;
        this.findInbound = findInbound;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    public Response message(@Auth Caller caller, @PathParam("id") String id) {
        return find.find(id)
                .filter(m -> caller.sees(m.details().projectOwnerId()))
                .map(m -> Response.ok(MessageView.of(m)).build())
                .or(() -> findInbound.findInbound(id)
                        .filter(m -> caller.sees(m.projectOwnerId()))
                        .map(m -> Response.ok(InboundMessageView.of(m)).build()))
                .orElseGet(() -> ApiError.of(404, "no message with wamid or BSP message id '" + id + "'"));
    }

    @GET
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> messages(
            @Auth Caller caller,
            @QueryParam("project_owner_id") String project,
            @QueryParam("campaign_id") String campaign,
            @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return PageJson.of(list.list(new ListMessagesQuery.Criteria(caller.project(project), QueryParams.blankToNull(campaign),
                QueryParams.status(status), QueryParams.cursor(cursor), QueryParams.limit(limit))), MessageView::of);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> stats(
            @Auth Caller caller,
            @QueryParam("project_owner_id") String project,
            @QueryParam("campaign_id") String campaign,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        MessageStats result = stats.stats(new MessageStatsQuery.Criteria(caller.project(project), QueryParams.blankToNull(campaign),
                QueryParams.instant("from", from), QueryParams.instant("to", to)));
        Map<String, Long> counts = new LinkedHashMap<>();
        result.byStatus().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> counts.put(e.getKey().wireName(), e.getValue()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("by_status", counts);
        body.put("delivery_rate", result.deliveryRate());
        body.put("read_rate", result.readRate());
        body.put("failure_rate", result.failureRate());
        return body;
    }

    /** The body of {@code POST /track}. */
    record TrackRequest(
            // One component per field of the JSON body.
            @JsonProperty("wamid") String wamid,
            @JsonProperty("bsp_message_id") String bspMessageId,
            @JsonProperty("bsp") String bsp,
            @JsonProperty("phone_number") String phoneNumber,
            @JsonProperty("business_number") String businessNumber,
            @JsonProperty("project_owner_id") String projectOwnerId,
            @JsonProperty("campaign_id") String campaignId,
            @JsonProperty("sent_at") String sentAt) {}

    @POST
    @Path("track")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "message.track", target = "message_id")
    public Response track(@Auth Caller caller, TrackRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        Ids.check("wamid", request.wamid());
        Ids.check("bsp_message_id", request.bspMessageId());
        String project = caller.project(Ids.check("project_owner_id", request.projectOwnerId()));
        if (ofAnotherProject(caller, request.wamid()) || ofAnotherProject(caller, request.bspMessageId())) {
            return alreadyTracked();
        }
        Bsp bsp = request.bsp() == null ? null : Bsp.fromId(request.bsp().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("unknown bsp '" + request.bsp() + "'"));
        Instant sentAt = QueryParams.instant("sent_at", request.sentAt());
        TrackedMessage tracked = track.track(new TrackMessageCommand(Ids.check("wamid", request.wamid()),
                Ids.check("bsp_message_id", request.bspMessageId()), bsp, Ids.check("phone_number", request.phoneNumber()),
                Ids.check("business_number", request.businessNumber()), project, Ids.check("campaign_id", request.campaignId()),
                sentAt));
        if (!caller.sees(tracked.details().projectOwnerId())) {
            return alreadyTracked();
        }
        return Response.status(201).entity(MessageView.of(tracked)).build();
    }

    /**
     * Whether a message with this id exists and is another project's: a project key must neither add to it nor be
     * shown it. A message whose webhooks came first, with no project yet, is the registering project's to claim.
     * (Checked again after tracking, for a registration racing this one.)
     */
    private boolean ofAnotherProject(Caller caller, String id) {
        if (caller.admin() || id == null || id.isBlank()) {
            return false;
        }
        Optional<String> owner = find.find(id.trim()).map(m -> m.details().projectOwnerId());
        return owner.isPresent() && !caller.sees(owner.get());
    }

    private static Response alreadyTracked() {
        return ApiError.of(409, "a message with this wamid or BSP message id is tracked for another project");
    }
}
