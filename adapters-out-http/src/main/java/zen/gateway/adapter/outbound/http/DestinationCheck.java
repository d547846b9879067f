package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.util.List;

/** The destination policy's verdict on one URL, looked up once. */
sealed interface DestinationCheck {

    /**
     * Every address the host stands for is public or allowlisted. {@code byName}: the host is a name, which the
     * client would look up again unless the send pins these addresses to it; an address literal needs no pin.
     */
    record Allowed(List<InetAddress> addresses, boolean byName) implements DestinationCheck {
        public Allowed {
            addresses = List.copyOf(addresses);
        }
    }

    /** The gateway must not send there: a forbidden address, an ambiguous spelling, a metadata service. */
    record Refused(String reason) implements DestinationCheck {}

    /** The name does not resolve now: refused when an endpoint is configured, a connection failure when sending. */
    record Unresolved(String reason) implements DestinationCheck {}
}
