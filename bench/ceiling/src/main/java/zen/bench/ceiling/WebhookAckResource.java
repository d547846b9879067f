package zen.bench.ceiling;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;

/**
 * Answers every webhook on the gateway's own paths with {@code 200 {"status":200}}, after reading the whole body
 * (as the gateway must), so the load generator sends the very same requests to both.
 */
@Path("/webhook/{bsp}")
public final class WebhookAckResource {

    private static final String ACK = "{\"status\":200}";

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String ack(@PathParam("bsp") String bsp, InputStream body) throws IOException {
        body.readAllBytes();
        return ACK;
    }
}
