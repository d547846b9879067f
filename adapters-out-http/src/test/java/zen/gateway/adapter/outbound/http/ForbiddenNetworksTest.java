package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One address of every special-purpose range, the edges of the large ones, and IPv4 inside IPv6. */
class ForbiddenNetworksTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0.0.0 | unspecified",
            "0.255.255.255 | unspecified",
            "10.0.0.1 | private",
            "10.255.255.255 | private",
            "100.64.0.1 | carrier-grade NAT",
            "100.100.100.200 | carrier-grade NAT",
            "100.127.255.255 | carrier-grade NAT",
            "127.0.0.1 | loopback",
            "127.255.255.254 | loopback",
            "169.254.169.254 | link-local",
            "172.16.0.1 | private",
            "172.31.255.255 | private",
            "192.0.0.1 | IETF protocol assignment",
            "192.0.0.170 | IETF protocol assignment",
            "192.0.2.10 | TEST-NET-1",
            "192.31.196.1 | AS112",
            "192.52.193.1 | AMT",
            "192.88.99.1 | 6to4 relay",
            "192.168.1.1 | private",
            "192.175.48.6 | AS112",
            "198.18.0.1 | benchmarking",
            "198.19.255.254 | benchmarking",
            "198.51.100.7 | TEST-NET-2",
            "203.0.113.9 | TEST-NET-3",
            "224.0.0.1 | multicast",
            "239.255.255.250 | multicast",
            "240.0.0.1 | reserved",
            "255.255.255.254 | reserved",
            "255.255.255.255 | broadcast",
            ":: | unspecified",
            "::1 | loopback",
            "::ffff:0:7f00:1 | IPv4-translated",
            "::ffff:0:808:808 | IPv4-translated",
            "64:ff9b:1::808:808 | local-use NAT64",
            "64:ff9b::7f00:1 | loopback via NAT64",
            "64:ff9b::a9fe:a9fe | link-local (cloud metadata lives at 169.254.169.254) via NAT64",
            "100::1 | discard-only",
            "2001::1 | Teredo",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2 | Teredo",
            "2001:1::1 | IETF protocol assignment",
            "2001:2::1 | benchmarking",
            "2001:3::1 | IETF protocol assignment",
            "2001:4:112::1 | IETF protocol assignment",
            "2001:10::1 | IETF protocol assignment",
            "2001:20::1 | ORCHIDv2",
            "2001:30::1 | IETF protocol assignment",
            "2001:db8::1 | documentation",
            "2002:7f00:1:: | loopback via 6to4",
            "2002:a9fe:a9fe::1 | link-local (cloud metadata lives at 169.254.169.254) via 6to4",
            "2002:c0a8:101::1 | private via 6to4",
            "2620:4f:8000::1 | AS112",
            "3fff::1 | documentation",
            "5f00::1 | segment routing",
            "fc00::1 | unique local",
            "fd00:ec2::254 | unique local",
            "fe80::1 | link-local",
            "febf:ffff::1 | link-local",
            "fec0::1 | site-local",
            "ff02::1 | multicast",
            "::7f00:1 | loopback via IPv4-compatible",
            "::808:808 | IPv4-compatible (deprecated)",
            "4000::1 | outside global unicast",
            "1::1 | outside global unicast",
    })
    void namesTheKindOfEveryForbiddenAddress(String address, String kind) {
        assertThat(ForbiddenNetworks.kindOf(ip(address))).hasValueSatisfying(said -> assertThat(said).contains(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "93.184.216.34", "100.63.255.255",
            "100.128.0.0", "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255",
            "172.32.0.0", "191.255.255.255", "192.0.1.0", "192.167.255.255", "192.169.0.0", "198.17.255.255",
            "198.20.0.0", "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4001:80e::200e", "2001:200::1",
            "64:ff9b::808:808", "2002:808:808::1", "2620:4f:8001::1"})
    void publicAddressesAreNotForbidden(String address) {
        assertThat(ForbiddenNetworks.kindOf(ip(address))).isEmpty();
    }

    @Test
    void anIpv4MappedAddressHandedOverRawIsJudgedAsTheIpv4AddressInside() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        byte[] mappedPublic = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 8, 8, 8, 8};

        // Inet6Address.getByAddress keeps the IPv6 form that InetAddress.getByName would turn into IPv4.
        assertThat(ForbiddenNetworks.kindOf(Inet6Address.getByAddress(null, mapped, -1))).hasValue("loopback (IPv4-mapped)");
        assertThat(ForbiddenNetworks.kindOf(Inet6Address.getByAddress(null, mappedPublic, -1))).isEmpty();
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
