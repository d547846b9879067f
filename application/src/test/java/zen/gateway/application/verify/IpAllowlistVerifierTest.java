package zen.gateway.application.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;
import zen.gateway.domain.event.Bsp;

class IpAllowlistVerifierTest {

    private static final IpAllowlistSettings KARIX_NETWORKS = new IpAllowlistSettings(
            List.of("203.0.113.0/24", "198.51.100.10", "2001:db8:1::/48"), List.of("10.0.0.0/8", "fd00::/8"));

    private final WebhookVerifier karix = WebhookVerifiers.forBsp(Bsp.KARIX, VerifierSettings.none().withIpAllowlist(KARIX_NETWORKS));

    private Verification from(String peer, String forwardedFor) {
        return karix.verify(Requests.from(Bsp.KARIX, peer, forwardedFor));
    }

    @Test
    void aDirectPeerInsideTheAllowlistVerifies() {
        assertThat(from("203.0.113.42", null)).isEqualTo(new Verified("IP allowlist"));
        assertThat(from("198.51.100.10", null)).isInstanceOf(Verified.class);
        assertThat(from("2001:db8:1:ffff::7", null)).isInstanceOf(Verified.class);
        assertThat(from("::ffff:203.0.113.42", null)).isInstanceOf(Verified.class);
    }

    @Test
    void aDirectPeerOutsideIsRejected() {
        assertThat(from("203.0.114.1", null)).isEqualTo(new Rejected("the client address is not in the allowlist"));
        assertThat(from("198.51.100.11", null)).isInstanceOf(Rejected.class);
        assertThat(from("2001:db8:2::1", null)).isInstanceOf(Rejected.class);
    }

    @Test
    void forwardedForIsIgnoredUnlessThePeerIsATrustedProxy() {
        assertThat(from("192.0.2.50", "203.0.113.42")).isInstanceOf(Rejected.class);
        assertThat(from("10.1.2.3", "203.0.113.42")).isInstanceOf(Verified.class);
        assertThat(from("fd00::1", "203.0.113.42")).isInstanceOf(Verified.class);
    }

    @Test
    void theClientIsTheRightMostAddressThatIsNotATrustedProxy() {
        // the left-most entry is whatever the sender wrote: it must not win
        assertThat(from("10.1.2.3", "203.0.113.42, 192.0.2.50")).isInstanceOf(Rejected.class);
        assertThat(from("10.1.2.3", "192.0.2.50, 203.0.113.42, 10.9.9.9")).isInstanceOf(Verified.class);
        assertThat(from("10.1.2.3", "10.9.9.8, 10.9.9.9")).isInstanceOf(Rejected.class);
        assertThat(from("10.1.2.3", "203.0.113.42:51234")).isInstanceOf(Verified.class);
        assertThat(from("10.1.2.3", "[2001:db8:1::5]:443")).isInstanceOf(Verified.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "gw.example.com", "300.1.1.1", "1.2.3", "", "unknown", "zz::1", "[::1"})
    void namesAndNonsenseAreNotAddressesAndAreNeverResolved(String peer) {
        assertThat(from(peer, null)).isInstanceOf(Rejected.class);
        assertThat(from("10.1.2.3", peer)).isInstanceOf(Rejected.class);
    }

    @Test
    void anUnknownPeerIsRejected() {
        assertThat(from(null, "203.0.113.42")).isEqualTo(new Rejected("the peer address is not known"));
    }

    @Test
    void noAllowlistMeansUnsigned() {
        WebhookVerifier open = WebhookVerifiers.forBsp(Bsp.KARIX,
                VerifierSettings.none().withIpAllowlist(new IpAllowlistSettings(List.of(), List.of("10.0.0.0/8"))));
        assertThat(open.verify(Requests.from(Bsp.KARIX, "192.0.2.1", null)))
                .isEqualTo(new Unsigned("no IP allowlist configured for karix"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/-1", "10.0.0/8", "example.com/24", "10.0.0.0/x", "::/129", "10.0.0.1:80", ""})
    void aMistypedCidrFailsAtStartup(String cidr) {
        assertThatThrownBy(() -> new IpAllowlistSettings(List.of(cidr), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prefixesThatAreNotWholeBytesMatchBitByBit() {
        WebhookVerifier narrow = WebhookVerifiers.forBsp(Bsp.DATAGEN,
                VerifierSettings.none().withIpAllowlist(new IpAllowlistSettings(List.of("192.0.2.64/27"), List.of())));
        assertThat(narrow.verify(Requests.from(Bsp.DATAGEN, "192.0.2.95", null))).isInstanceOf(Verified.class);
        assertThat(narrow.verify(Requests.from(Bsp.DATAGEN, "192.0.2.96", null))).isInstanceOf(Rejected.class);
        assertThat(narrow.verify(Requests.from(Bsp.DATAGEN, "192.0.2.63", null))).isInstanceOf(Rejected.class);
    }
}
