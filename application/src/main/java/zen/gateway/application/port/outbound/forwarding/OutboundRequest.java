package zen.gateway.application.port.outbound.forwarding;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/** One signed POST to a customer endpoint. */
public record OutboundRequest(URI url, Map<String, String> headers, byte[] body) {
    public OutboundRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }
}
