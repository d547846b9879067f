package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The IANA IPv4 and IPv6 Special-Purpose Address Registries (as of 2024), plus multicast and the reserved
 * 240.0.0.0/4: ranges that are private, local to a host or link, not routed, or set aside for protocols, tests and
 * documentation. Some are globally reachable (AS112, AMT, ORCHIDv2), but none is where a customer's webhook
 * receiver lives. More specific ranges come first, so a refusal names the narrowest kind. Immutable.
 */
final class SpecialPurposeNetworks {

    private record Range(Cidr cidr, String kind) {
        Range(String cidr, String kind) {
            this(Cidr.parse(cidr), kind);
        }
    }

    private static final List<Range> RANGES = List.of(
            new Range("0.0.0.0/8", "'this network' (unspecified)"),
            new Range("10.0.0.0/8", "private"),
            new Range("100.64.0.0/10", "shared (carrier-grade NAT; Alibaba's metadata is 100.100.100.200)"),
            new Range("127.0.0.0/8", "loopback"),
            new Range("169.254.0.0/16", "link-local (cloud metadata lives at 169.254.169.254)"),
            new Range("172.16.0.0/12", "private"),
            new Range("192.0.0.0/24", "IETF protocol assignment (DS-Lite, NAT64 discovery, PCP and TURN anycast)"),
            new Range("192.0.2.0/24", "documentation (TEST-NET-1)"),
            new Range("192.31.196.0/24", "AS112 DNS sink"),
            new Range("192.52.193.0/24", "AMT relay anycast"),
            new Range("192.88.99.0/24", "deprecated 6to4 relay anycast"),
            new Range("192.168.0.0/16", "private"),
            new Range("192.175.48.0/24", "AS112 DNS sink (direct delegation)"),
            new Range("198.18.0.0/15", "benchmarking"),
            new Range("198.51.100.0/24", "documentation (TEST-NET-2)"),
            new Range("203.0.113.0/24", "documentation (TEST-NET-3)"),
            new Range("224.0.0.0/4", "multicast"),
            new Range("255.255.255.255/32", "broadcast"),
            new Range("240.0.0.0/4", "reserved"),
            new Range("::/128", "unspecified"),
            new Range("::1/128", "loopback"),
            new Range("::ffff:0:0:0/96", "IPv4-translated (SIIT)"),
            new Range("64:ff9b:1::/48", "local-use NAT64"),
            new Range("100::/64", "discard-only"),
            new Range("2001::/32", "Teredo"),
            new Range("2001:2::/48", "benchmarking"),
            new Range("2001:20::/28", "ORCHIDv2"),
            new Range("2001::/23", "IETF protocol assignment (AMT, AS112, ORCHID, drone remote ID, anycast)"),
            new Range("2001:db8::/32", "documentation"),
            new Range("2620:4f:8000::/48", "AS112 DNS sink (direct delegation)"),
            new Range("3fff::/20", "documentation"),
            new Range("5f00::/16", "segment routing (SRv6) identifier"),
            new Range("fc00::/7", "unique local (private)"),
            new Range("fe80::/10", "link-local"),
            new Range("fec0::/10", "site-local (deprecated, private)"),
            new Range("ff00::/8", "multicast"));

    private SpecialPurposeNetworks() {}

    /** The kind of the narrowest special-purpose range holding {@code address}, or empty when none does. */
    static Optional<String> kindOf(InetAddress address) {
        return RANGES.stream().filter(range -> range.cidr().contains(address)).map(Range::kind).findFirst();
    }
}
