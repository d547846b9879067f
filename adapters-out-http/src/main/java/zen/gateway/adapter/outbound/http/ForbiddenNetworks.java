package zen.gateway.adapter.outbound.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Address ranges a customer's webhook URL must not reach unless allowlisted: the gateway's own host, the
 * networks behind it and cloud metadata services. Otherwise anyone who can configure an endpoint could make the
 * gateway call its neighbours (SSRF).
 */
final class ForbiddenNetworks {

    private record Range(Cidr cidr, String kind) {
        Range(String cidr, String kind) {
            this(Cidr.parse(cidr), kind);
        }
    }

    private static final List<Range> RANGES = List.of(
            new Range("0.0.0.0/8", "unspecified ('this network')"),
            new Range("10.0.0.0/8", "private"),
            new Range("100.64.0.0/10", "carrier-grade NAT (shared)"),
            new Range("127.0.0.0/8", "loopback"),
            new Range("169.254.0.0/16", "link-local (cloud metadata lives at 169.254.169.254)"),
            new Range("172.16.0.0/12", "private"),
            new Range("192.168.0.0/16", "private"),
            new Range("224.0.0.0/4", "multicast"),
            new Range("240.0.0.0/4", "reserved (incl. broadcast)"),
            new Range("::/128", "unspecified"),
            new Range("::1/128", "loopback"),
            new Range("fc00::/7", "unique local (private)"),
            new Range("fe80::/10", "link-local"),
            new Range("fec0::/10", "site-local (private)"),
            new Range("ff00::/8", "multicast"));

    /** NAT64 gateways forward to the IPv4 address in the last 32 bits, so judge that address instead. */
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");

    private ForbiddenNetworks() {}

    /** What kind of forbidden address {@code address} is, or empty when it is a public one. */
    static Optional<String> kindOf(InetAddress address) {
        if (address instanceof Inet6Address && NAT64.contains(address)) {
            return kindOf(embeddedIpv4(address)).map(kind -> kind + " via NAT64");
        }
        return RANGES.stream().filter(range -> range.cidr().contains(address)).map(Range::kind).findFirst();
    }

    private static InetAddress embeddedIpv4(InetAddress address) {
        byte[] bytes = address.getAddress();
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
