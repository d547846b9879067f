package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkDestinationPolicyTest {

    /** Answers as public DNS would; names it does not know do not resolve. */
    private final FakeDns dns = new FakeDns()
            .answer("127.0.0.1.nip.io", "127.0.0.1")
            .answer("169.254.169.254.nip.io", "169.254.169.254")
            .answer("metadata.google.internal", "169.254.169.254")
            .answer("hooks.customer.example", "93.184.216.34")
            .answer("dual.customer.example", "93.184.216.34", "2606:4700:4700::1111")
            .answer("split.customer.example", "93.184.216.34", "10.0.0.5")
            .answer("v6-private.customer.example", "fd00::1")
            .answer("mapped.customer.example", "::ffff:127.0.0.1")
            .answer("hooks.corp.internal", "10.20.3.4");
    private final NetworkDestinationPolicy strict = new NetworkDestinationPolicy(List.of(), dns);

    /** Inputs that were accepted before, and must not be, with a word the refusal must say. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "http://0x7f000001/ | loopback",
            "http://localhost./ | loopback",
            "http://LocalHost./ | loopback",
            "http://ip6-localhost/ | loopback",
            "http://metadata.google.internal/ | metadata",
            "http://127.0.0.1.nip.io/ | loopback",
            "http://[fe80::1%25lo]/ | zone id",
            "http://[::127.0.0.1]/ | loopback via IPv4-compatible",
            "http://[::ffff:0:127.0.0.1]/ | IPv4-translated",
            "http://[2002:7f00:1::]/ | loopback via 6to4",
            "http://198.18.0.1/ | benchmarking",
            "http://192.0.0.1/ | IETF protocol assignment",
    })
    void refusesWhatUsedToSlipThrough(String url, String reason) {
        assertThat(strict.refusal(URI.create(url))).hasValueSatisfying(said -> assertThat(said).contains(reason));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1/hook | loopback",
            "http://127.8.9.10:8080/ | loopback",
            "http://localhost:8080/hook | loopback",
            "http://LOCALHOST/ | loopback",
            "http://hooks.localhost/ | loopback",
            "http://localhost6/ | loopback",
            "http://[::1]/hook | loopback",
            "http://0.0.0.0/ | unspecified",
            "http://[::]/ | unspecified",
            "https://10.1.2.3/ | private",
            "http://172.16.5.4/ | private",
            "http://192.168.1.1/ | private",
            "http://169.254.169.254/latest/meta-data/ | link-local",
            "http://100.100.100.200/ | carrier-grade NAT",
            "http://192.0.2.1/ | documentation",
            "http://203.0.113.9/ | documentation",
            "http://224.0.0.1/ | multicast",
            "http://240.0.0.1/ | reserved",
            "http://255.255.255.255/ | broadcast",
            "http://[fe80::1]/ | link-local",
            "http://[fe80::1%25eth0]/ | zone id",
            "http://[fc00::1]/ | unique local",
            "http://[fd00:ec2::254]/ | unique local",
            "http://[ff02::1]/ | multicast",
            "http://[::ffff:127.0.0.1]/ | loopback",
            "http://[::ffff:7f00:1]/ | loopback",
            "http://[64:ff9b::a9fe:a9fe]/ | link-local",
            "http://[64:ff9b:1::808:808]/ | local-use NAT64",
            "http://[2001::1]/ | Teredo",
            "http://[2001:db8::5]/ | documentation",
            "http://[100::1]/ | discard-only",
            "http://2130706433/ | loopback",
            "http://0177.0.0.1/ | loopback",
            "http://017700000001/ | loopback",
            "http://0/ | unspecified",
            "http://0xa9fea9fe/ | link-local",
            "http://metadata.goog/ | metadata",
            "http://Metadata.Google.Internal./computeMetadata/v1/ | metadata",
            "http://instance-data/ | metadata",
            "http://169.254.169.254.nip.io/ | link-local",
            "http://split.customer.example/ | 10.0.0.5",
            "http://v6-private.customer.example/ | unique local",
            "http://mapped.customer.example/ | loopback",
            "http://hooks.corp.internal/ | private",
    })
    void refusesEverySpecialPurposeRangeHoweverSpelled(String url, String reason) {
        assertThat(strict.refusal(URI.create(url))).hasValueSatisfying(said -> assertThat(said).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/hook", "https://8.8.8.8:8443/x?y=z", "http://172.32.0.1/",
            "http://100.128.0.1/", "http://192.169.0.1/", "http://198.20.0.1/", "http://[2606:4700:4700::1111]/",
            "http://[64:ff9b::808:808]/", "http://[2002:808:808::1]/", "http://[::ffff:8.8.8.8]/",
            "https://hooks.customer.example/zen", "https://HOOKS.customer.example./zen", "https://dual.customer.example/"})
    void allowsPublicAddressesAndNamesThatResolveOnlyToThem(String url) {
        assertThat(strict.refusal(URI.create(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://0x08080808/", "http://134744072/", "http://8.8.2056/", "http://010.8.8.8/",
            "http://8.8.8.010/"})
    void refusesPublicAddressesInSpellingsClientsReadDifferently(String url) {
        assertThat(strict.refusal(URI.create(url))).isPresent();
    }

    @Test
    void namesTheSpellingAClientWouldAgreeOn() {
        assertThat(strict.refusal(URI.create("http://0x08080808/hook")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("write 8.8.8.8"));
    }

    @Test
    void aNameThatDoesNotResolveIsRefusedWhenConfigured() {
        assertThat(strict.refusal(URI.create("https://typo.customer.example/zen")))
                .hasValue("typo.customer.example does not resolve");
        assertThat(strict.check(URI.create("https://typo.customer.example/zen")))
                .isInstanceOf(DestinationCheck.Unresolved.class);
    }

    @Test
    void looksANameUpOnceAndPinsWhatItJudged() {
        var check = strict.check(URI.create("https://dual.customer.example/zen"));

        assertThat(check).isInstanceOfSatisfying(DestinationCheck.Allowed.class, allowed -> {
            assertThat(allowed.byName()).isTrue();
            assertThat(allowed.addresses()).extracting(InetAddress::getHostAddress)
                    .containsExactly("93.184.216.34", "2606:4700:4700:0:0:0:0:1111");
        });
        assertThat(dns.lookups("dual.customer.example")).isEqualTo(1);
    }

    @Test
    void literalsNeedNoPinAndNoLookup() throws UnknownHostException {
        assertThat(strict.check(URI.create("http://93.184.216.34/")))
                .isEqualTo(new DestinationCheck.Allowed(List.of(InetAddress.getByName("93.184.216.34")), false));
        assertThat(strict.check(URI.create("http://[2606:4700:4700::1111]/")))
                .isInstanceOfSatisfying(DestinationCheck.Allowed.class, allowed -> assertThat(allowed.byName()).isFalse());
    }

    @Test
    void tellsNamesToLookUpFromWhatIsJudgedWithoutDns() {
        assertThat(List.of("127.0.0.1", "93.184.216.34", "[::1]", "[2001:db8::5]", "2130706433", "0x7f000001",
                "localhost", "localhost.", "ip6-localhost", "metadata.google.internal"))
                .noneMatch(NetworkDestinationPolicy::needsLookup);
        assertThat(List.of("hooks.example.com", "1.2.3.4.nip.io", "metadata.google.internal.evil.example"))
                .allMatch(NetworkDestinationPolicy::needsLookup);
    }

    @Test
    void saysWhatTheForbiddenAddressIs() {
        assertThat(strict.refusal(URI.create("http://169.254.169.254/latest/meta-data/")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("169.254.169.254", "link-local"));
        assertThat(strict.refusal(URI.create("https://split.customer.example/zen")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("split.customer.example", "10.0.0.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://93.184.216.34/", "/relative/hook",
            "http:///no-host", "mailto:ops@example.com", "http://under_score.example.com/", "http://127.1/",
            "http://127.0.0.1./", "http://0x7f.1/"})
    void refusesWhatIsNotAnHttpUrlWithAHost(String url) {
        assertThat(strict.refusal(URI.create(url))).isPresent();
    }

    @Test
    void theAllowlistOpensItsNetworksAndNothingElse() {
        var policy = new NetworkDestinationPolicy(
                List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128"), Cidr.parse("10.20.0.0/16")), dns);

        assertThat(policy.refusal(URI.create("http://127.0.0.1:9000/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://[::1]:9000/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://localhost:9000/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://localhost.:9000/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://ip6-localhost:9000/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://127.0.0.1.nip.io:9000/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://10.20.3.4/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://hooks.corp.internal/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://10.21.3.4/hook"))).isPresent();
        assertThat(policy.refusal(URI.create("http://169.254.169.254/"))).isPresent();
        // Never by name, nor in a spelling the client would read otherwise, whatever the allowlist says.
        assertThat(policy.refusal(URI.create("http://metadata.google.internal/"))).isPresent();
        assertThat(policy.refusal(URI.create("http://0x7f000001/"))).isPresent();
    }
}
