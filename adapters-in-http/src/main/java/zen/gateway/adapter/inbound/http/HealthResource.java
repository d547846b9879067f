package zen.gateway.adapter.inbound.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The liveness answer load balancers and BSP dashboards poll. Dependency health is on the admin port, so a
 * slow store does not take the node out of rotation while its queue still accepts webhooks.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private static final Map<String, String> HEALTHY = Map.of("status", "healthy");

    @GET
    @Public("load balancers and probes poll it; it says nothing but that the node answers")
    public Map<String, String> root() {
        return HEALTHY;
    }

    @GET
    @Path("health")
    @Public("load balancers and probes poll it; it says nothing but that the node answers")
    public Map<String, String> health() {
        return HEALTHY;
    }
}
