package zen.bench.ceiling;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * A customer endpoint standing in for the gateway's receivers: {@code POST /sink/{endpoint}} counts a delivery and
 * answers 200; {@code GET /count} tells what arrived; {@code POST /count/reset} starts a new step.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class SinkResource {

    private static final String ACK = "{\"status\":200}";

    private final DeliveryCounter counter;

    SinkResource(DeliveryCounter counter) {
        this.counter = counter;
    }

    @POST
    @Path("sink/{endpoint}")
    public String receive(@PathParam("endpoint") String endpoint,
            @HeaderParam("webhook-id") String webhookId,
            @HeaderParam("webhook-signature") String standardSignature,
            @HeaderParam("X-Webhook-Signature") String legacySignature,
            byte[] body) {
        counter.record(endpoint, webhookId, standardSignature != null && legacySignature != null, body);
        return ACK;
    }

    @GET
    @Path("count")
    public Map<String, Object> count() {
        return counter.snapshot();
    }

    @POST
    @Path("count/reset")
    public Map<String, Object> reset() {
        counter.reset();
        return counter.snapshot();
    }
}
