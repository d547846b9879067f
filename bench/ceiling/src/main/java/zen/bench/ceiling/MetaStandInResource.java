package zen.bench.ceiling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Map;

/**
 * A stand-in for Meta's Cloud API send route, {@code POST /{version}/{phone_number_id}/messages}, for the bench's
 * send and campaign steps: it reads the message, counts it and answers Meta's documented success body with a wamid of
 * its own. It checks nothing else (the test suite's stand-ins check the request): here it is the far end of a
 * throughput measurement, and its own CPU per request is the figure the gateway's is compared with.
 * {@code GET /meta/count} tells what arrived; {@code POST /meta/count/reset} starts a new step.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class MetaStandInResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SendCounter counter;

    MetaStandInResource(SendCounter counter) {
        this.counter = counter;
    }

    @POST
    @Path("{version}/{phone_number_id}/messages")
    public String send(@PathParam("version") String version, @PathParam("phone_number_id") String phoneNumberId,
            byte[] body) throws IOException {
        String to = JSON.readTree(body).path("to").asText("");
        String wamid = counter.record(to);
        ObjectNode reply = JSON.createObjectNode().put("messaging_product", "whatsapp");
        reply.putArray("contacts").addObject().put("input", to).put("wa_id", to.replace("+", ""));
        reply.putArray("messages").addObject().put("id", wamid);
        return JSON.writeValueAsString(reply);
    }

    @GET
    @Path("meta/count")
    public Map<String, Object> count() {
        return counter.snapshot();
    }

    @POST
    @Path("meta/count/reset")
    public Map<String, Object> reset() {
        counter.reset();
        return counter.snapshot();
    }
}
