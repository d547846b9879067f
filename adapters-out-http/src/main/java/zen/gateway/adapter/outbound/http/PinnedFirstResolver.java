package zen.gateway.adapter.outbound.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Name resolution that answers a pinned name with its pinned addresses, in the order and families the caller
 * asks for, and sends every other question to the resolver it wraps. Thread-safe.
 */
final class PinnedFirstResolver implements InetAddressResolver {

    private final InetAddressResolver fallback;

    PinnedFirstResolver(InetAddressResolver fallback) {
        this.fallback = fallback;
    }

    @Override
    public Stream<InetAddress> lookupByName(String host, LookupPolicy lookupPolicy) throws UnknownHostException {
        Optional<List<InetAddress>> pinned = AddressPins.pinned(host);
        if (pinned.isEmpty()) {
            return fallback.lookupByName(host, lookupPolicy);
        }
        List<InetAddress> answer = inPolicy(pinned.get(), lookupPolicy.characteristics());
        if (answer.isEmpty()) {
            // Never fall back to DNS here: that would be the lookup the pin exists to prevent.
            throw new UnknownHostException(host + " has no allowed address of the family asked for");
        }
        return answer.stream();
    }

    @Override
    public String lookupByAddress(byte[] address) throws UnknownHostException {
        return fallback.lookupByAddress(address);
    }

    private static List<InetAddress> inPolicy(List<InetAddress> addresses, int characteristics) {
        boolean ipv4 = (characteristics & LookupPolicy.IPV4) != 0;
        boolean ipv6 = (characteristics & LookupPolicy.IPV6) != 0;
        Stream<InetAddress> wanted = addresses.stream()
                .filter(address -> address instanceof Inet4Address ? ipv4 : ipv6);
        if ((characteristics & LookupPolicy.IPV4_FIRST) != 0) {
            wanted = wanted.sorted(Comparator.comparing(address -> address instanceof Inet6Address));
        } else if ((characteristics & LookupPolicy.IPV6_FIRST) != 0) {
            wanted = wanted.sorted(Comparator.comparing(address -> address instanceof Inet4Address));
        }
        return wanted.toList();
    }
}
