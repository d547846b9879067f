package zen.gateway.adapter.inbound.http;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.usage.UsageBucket;
import zen.gateway.application.port.inbound.usage.UsageOverTimeQuery;
import zen.gateway.domain.usage.Granularity;
import zen.gateway.domain.usage.Grouping;

/** A project's usage over time. A project key sees its own project's only. */
@Path("/api/v1/usage")
@Produces(MediaType.APPLICATION_JSON)
public final class UsageResource {

    private final UsageOverTimeQuery usage;

    public UsageResource(UsageOverTimeQuery usage) {
        this.usage = usage;
    }

    @GET
    @Path("{project_owner_id}")
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> usage(
            @Auth Caller caller,
            @PathParam("project_owner_id") String project,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("granularity") String granularity,
            @QueryParam("group_by") String groupBy) {
        Granularity width = choice("granularity", granularity, Granularity.DAY, Granularity.class);
        Grouping grouping = choice("group_by", groupBy, Grouping.BSP, Grouping.class);
        var buckets = usage.usage(new UsageOverTimeQuery.Criteria(caller.project(project), QueryParams.instant("from", from),
                QueryParams.instant("to", to), width, grouping));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("project_owner_id", project);
        body.put("granularity", width.name().toLowerCase(Locale.ROOT));
        body.put("group_by", grouping.name().toLowerCase(Locale.ROOT));
        body.put("buckets", buckets.stream().map(UsageResource::view).toList());
        return body;
    }

    private static <E extends Enum<E>> E choice(String name, String value, E fallback, Class<E> type) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static Map<String, Object> view(UsageBucket b) {
        Map<String, Object> bucket = new LinkedHashMap<>();
        bucket.put("start", b.start());
        bucket.put("group", b.group());
        bucket.put("sent", b.sent());
        bucket.put("delivered", b.delivered());
        bucket.put("read", b.read());
        bucket.put("failed", b.failed());
        bucket.put("inbound", b.inbound());
        bucket.put("sent_to_delivered_ms", percentiles(b.sentToDeliveredP50(), b.sentToDeliveredP95()));
        bucket.put("delivered_to_read_ms", percentiles(b.deliveredToReadP50(), b.deliveredToReadP95()));
        return bucket;
    }

    /** Null values stay (JSON null: no message had both times), which Map.of would refuse. */
    private static Map<String, Long> percentiles(Long p50, Long p95) {
        Map<String, Long> percentiles = new LinkedHashMap<>();
        percentiles.put("p50", p50);
        percentiles.put("p95", p95);
        return percentiles;
    }
}
