package zen.gateway.adapter.outbound.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Address ranges a customer's webhook URL must not reach unless allowlisted: every special-purpose range (the
 * gateway's own host, the networks behind it, cloud metadata services, ranges nobody should be sending webhooks
 * to) and IPv6 outside global unicast. Otherwise anyone who can configure an endpoint could make the gateway call
 * its neighbours (SSRF). An IPv6 address that carries an IPv4 one the network may forward to (IPv4-mapped,
 * IPv4-compatible, NAT64, 6to4) is judged by that IPv4 address. Stateless.
 */
final class ForbiddenNetworks {

    private static final Cidr IPV4_COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");
    private static final Cidr GLOBAL_UNICAST = Cidr.parse("2000::/3");

    private ForbiddenNetworks() {}

    /** What kind of forbidden address {@code address} is, or empty when it is a public one. */
    static Optional<String> kindOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return SpecialPurposeNetworks.kindOf(address);
        }
        if (isIpv4Mapped(bytes)) {
            // The JDK turns these into IPv4 addresses itself; a resolver handing one over raw is judged the same.
            return kindOf(ipv4(bytes, 12)).map(kind -> kind + " (IPv4-mapped)");
        }
        if (IPV4_COMPATIBLE.contains(address) && !isUnspecifiedOrLoopback(bytes)) {
            // Deprecated since 2006 and routed by nothing sane: refused even when the IPv4 address inside is public.
            return Optional.of(kindOf(ipv4(bytes, 12)).map(kind -> kind + " via IPv4-compatible")
                    .orElse("IPv4-compatible (deprecated)"));
        }
        if (NAT64.contains(address)) {
            return kindOf(ipv4(bytes, 12)).map(kind -> kind + " via NAT64");
        }
        if (SIX_TO_FOUR.contains(address)) {
            return kindOf(ipv4(bytes, 2)).map(kind -> kind + " via 6to4");
        }
        Optional<String> special = SpecialPurposeNetworks.kindOf(address);
        if (special.isPresent() || GLOBAL_UNICAST.contains(address)) {
            return special;
        }
        return Optional.of("reserved (outside global unicast 2000::/3)");
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** {@code ::} and {@code ::1} lie inside {@code ::/96} but are their own kinds. */
    private static boolean isUnspecifiedOrLoopback(byte[] bytes) {
        for (int i = 0; i < 15; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[15] == 0 || bytes[15] == 1;
    }

    private static InetAddress ipv4(byte[] bytes, int from) {
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
