package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver.LookupPolicy;

/** Looks up every address of a host name; a seam so tests can answer like a hostile DNS server. */
@FunctionalInterface
interface HostResolver {

    /**
     * The JDK's built-in resolver, asked directly: neither the JDK's cache nor the pins in front of it answer, so
     * the policy judges what DNS says now. Both address families, to judge every address a client might use.
     */
    HostResolver SYSTEM = host -> PinningResolverProvider.builtin()
            .lookupByName(host, LookupPolicy.of(LookupPolicy.IPV4 | LookupPolicy.IPV6))
            .toArray(InetAddress[]::new);

    InetAddress[] resolve(String host) throws UnknownHostException;
}
