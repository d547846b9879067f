package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void anIpv4NetworkContainsExactlyItsAddresses() {
        Cidr network = Cidr.parse("172.16.0.0/12");

        assertThat(network.contains(ip("172.16.0.0"))).isTrue();
        assertThat(network.contains(ip("172.31.255.255"))).isTrue();
        assertThat(network.contains(ip("172.15.255.255"))).isFalse();
        assertThat(network.contains(ip("172.32.0.0"))).isFalse();
    }

    @Test
    void anIpv6NetworkContainsExactlyItsAddresses() {
        Cidr network = Cidr.parse("fc00::/7");

        assertThat(network.contains(ip("fc00::1"))).isTrue();
        assertThat(network.contains(ip("fdff:ffff::1"))).isTrue();
        assertThat(network.contains(ip("fe00::"))).isFalse();
        assertThat(network.contains(ip("fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))).isFalse();
    }

    @Test
    void aBareAddressIsANetworkOfOne() {
        assertThat(Cidr.parse("10.1.2.3").contains(ip("10.1.2.3"))).isTrue();
        assertThat(Cidr.parse("10.1.2.3").contains(ip("10.1.2.4"))).isFalse();
        assertThat(Cidr.parse("::1").contains(ip("::1"))).isTrue();
        assertThat(Cidr.parse("::1")).isEqualTo(Cidr.parse("::1/128"));
    }

    @Test
    void zeroPrefixContainsEveryAddressOfItsFamilyOnly() {
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("203.0.113.9"))).isTrue();
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("2001:db8::1"))).isFalse();
        assertThat(Cidr.parse("::/0").contains(ip("2001:db8::1"))).isTrue();
        assertThat(Cidr.parse("::/0").contains(ip("203.0.113.9"))).isFalse();
    }

    @Test
    void printsInCanonicalForm() {
        assertThat(Cidr.parse(" 10.0.0.0/8 ")).hasToString("10.0.0.0/8");
        assertThat(Cidr.parse("fe80:0::/10")).hasToString("fe80:0:0:0:0:0:0:0/10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.1/8", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "256.0.0.0/8", "10.0.0/8",
            "::1/129", "fe80::1/10", "gggg::/16", "fe80::1%eth0", "[::1]", "::ffff:10.0.0.0/104", "example.com",
            "localhost/8"})
    void rejectsWhatIsNotACidr(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
