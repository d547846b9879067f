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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.forwarding.DeliveryLogsQuery;
import zen.gateway.application.port.inbound.forwarding.DeliveryStats;
import zen.gateway.application.port.inbound.forwarding.ReplayDeadLettersUseCase;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * Delivery logs, one delivery, statistics, the dead-letter queue and replay. A project key sees and replays its own
 * project's deliveries only.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public final class DeliveriesResource {

    private static final int MAX_REPLAY = 10_000;

    private final DeliveryLogsQuery logs;
    private final ReplayDeadLettersUseCase replay;

    public DeliveriesResource(DeliveryLogsQuery logs, ReplayDeadLettersUseCase replay) {
        this.logs = logs;
        this.replay = replay;
    }

    @GET
    @Path("logs/{project_owner_id}")
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> logs(
            @Auth Caller caller,
            @PathParam("project_owner_id") String project,
            @QueryParam("status") String status,
            @QueryParam("event_type") String eventType,
            @QueryParam("wamid") String wamid,
            @QueryParam("customer_number") String customer,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return PageJson.of(logs.list(new DeliveryLogsQuery.Criteria(caller.project(project), deliveryStatus(status), QueryParams.blankToNull(eventType),
                QueryParams.blankToNull(wamid), QueryParams.blankToNull(customer), QueryParams.instant("from", from), QueryParams.instant("to", to), QueryParams.cursor(cursor), QueryParams.limit(limit))),
                this::view);
    }

    /** One delivery with every attempt; another project's is not found. */
    @GET
    @Path("deliveries/{delivery_id}")
    @RolesAllowed(Scopes.READ)
    public Response delivery(@Auth Caller caller, @PathParam("delivery_id") String id) {
        return logs.find(id)
                .filter(d -> caller.sees(d.projectOwnerId()))
                .map(d -> Response.ok(view(d)).build())
                .orElseGet(() -> ApiError.of(404, "no delivery '" + id + "'"));
    }

    @GET
    @Path("dlq/{project_owner_id}")
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> deadLetters(
            @Auth Caller caller,
            @PathParam("project_owner_id") String project,
            @QueryParam("wamid") String wamid,
            @QueryParam("customer_number") String customer,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return PageJson.of(logs.list(new DeliveryLogsQuery.Criteria(caller.project(project), DeliveryStatus.DEAD_LETTERED, null,
                QueryParams.blankToNull(wamid), QueryParams.blankToNull(customer), QueryParams.instant("from", from), QueryParams.instant("to", to), QueryParams.cursor(cursor), QueryParams.limit(limit))),
                this::view);
    }

    @GET
    @Path("stats/{project_owner_id}")
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> stats(@Auth Caller caller, @PathParam("project_owner_id") String project,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        DeliveryStats stats = logs.stats(caller.project(project), QueryParams.instant("from", from), QueryParams.instant("to", to));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("project_owner_id", project);
        body.put("delivered", stats.totals().getOrDefault(DeliveryStatus.DELIVERED, 0L));
        body.put("dead_lettered", stats.totals().getOrDefault(DeliveryStatus.DEAD_LETTERED, 0L));
        body.put("pending", stats.totals().getOrDefault(DeliveryStatus.PENDING, 0L)
                + stats.totals().getOrDefault(DeliveryStatus.RETRYING, 0L));
        body.put("failed_attempts", stats.failedAttempts());
        body.put("success_rate", stats.successRate());
        body.put("endpoints", stats.endpoints().stream().map(DeliveriesResource::endpointFigures).toList());
        return body;
    }

    private static Map<String, Object> endpointFigures(DeliveryStats.EndpointFigures f) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("endpoint_id", f.endpointId());
        figures.put("webhook_url", f.url());
        figures.put("circuit_state", f.circuitState());
        Map<String, Long> byStatus = new LinkedHashMap<>();
        f.deliveries().forEach((s, n) -> byStatus.put(s.name().toLowerCase(Locale.ROOT), n));
        figures.put("deliveries", byStatus);
        figures.put("attempts", f.attempts());
        figures.put("failed_attempts", f.failedAttempts());
        figures.put("latency_ms", Map.of("p50", f.latencyP50Millis(), "p95", f.latencyP95Millis(),
                "p99", f.latencyP99Millis()));
        return figures;
    }

    /** The body of a replay: delivery ids, or a project and a time range (dead-lettered in it). */
    record ReplayRequest(
            @JsonProperty("delivery_ids") List<String> deliveryIds,
            @JsonProperty("project_owner_id") String projectOwnerId,
            @JsonProperty("from") String from,
            @JsonProperty("to") String to,
            @JsonProperty("limit") Integer limit) {}

    /** A project key replays its own project's dead letters only: its project restricts the ids given too. */
    @POST
    @Path("dlq/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Audited(value = "dead_letters.replay", target = "project_owner_id")
    public Map<String, Object> replay(@Auth Caller caller, ReplayRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body is required: {\"delivery_ids\": [...]} or {\"project_owner_id\": ..., \"from\": ..., \"to\": ...}");
        }
        if (request.limit() != null && request.limit() < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        int limit = request.limit() == null ? MAX_REPLAY : Math.min(request.limit(), MAX_REPLAY);
        List<String> ids = Ids.checkAll("delivery_ids", request.deliveryIds());
        String project = caller.project(Ids.check("project_owner_id", request.projectOwnerId()));
        List<String> replayed = replay.replay(new ReplayDeadLettersUseCase.Selection(project,
                ids == null ? List.of() : ids,
                QueryParams.instant("from", request.from()), QueryParams.instant("to", request.to()), limit));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("project_owner_id", project);
        body.put("replayed", replayed.size());
        body.put("delivery_ids", replayed);
        return body;
    }


    private static DeliveryStatus deliveryStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(DeliveryStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be one of pending, retrying, delivered, dead_lettered"));
    }

    private DeliveryView view(Delivery delivery) {
        return DeliveryView.of(delivery, logs.messageOf(delivery));
    }
}
