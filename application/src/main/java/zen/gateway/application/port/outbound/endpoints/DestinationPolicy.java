package zen.gateway.application.port.outbound.endpoints;

import java.net.URI;
import java.util.Optional;

/**
 * Decides whether the gateway may send to a URL: refuses loopback, private, link-local and cloud metadata
 * addresses unless an allowlist permits them. Checked when an endpoint is configured, and again by the sender
 * on every delivery (a name may resolve elsewhere later).
 */
public interface DestinationPolicy {

    /** Why the URL is refused, or empty when it is allowed. */
    Optional<String> refusal(URI url);
}
