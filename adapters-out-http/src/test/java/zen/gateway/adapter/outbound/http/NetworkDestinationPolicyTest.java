package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkDestinationPolicyTest {

    private final NetworkDestinationPolicy strict = new NetworkDestinationPolicy(List.of(), HostResolver.SYSTEM);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/hook", "http://127.8.9.10:8080/", "http://localhost:8080/hook", "http://LOCALHOST/",
            "http://[::1]/hook", "http://0.0.0.0/", "http://[::]/",
            "https://10.1.2.3/", "http://172.16.5.4/", "http://172.31.255.255/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://[fc00::1]/",
            "http://[fd00:ec2::254]/", "http://100.64.0.1/", "http://100.127.255.254/",
            "http://224.0.0.1/", "http://[ff02::1]/", "http://255.255.255.255/",
            "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/"})
    void refusesTheGatewaysOwnAndPrivateNetworks(String url) {
        assertThat(strict.refusal(URI.create(url))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/hook", "https://8.8.8.8:8443/x?y=z", "http://172.32.0.1/",
            "http://100.128.0.1/", "http://192.169.0.1/", "http://[2606:4700:4700::1111]/",
            "http://[64:ff9b::808:808]/"})
    void allowsPublicAddresses(String url) {
        assertThat(strict.refusal(URI.create(url))).isEmpty();
    }

    @Test
    void tellsAddressesFromNamesWithoutALookup() {
        assertThat(List.of("127.0.0.1", "93.184.216.34", "[::1]", "[2001:db8::5]"))
                .allMatch(NetworkDestinationPolicy::isAddress);
        assertThat(List.of("hooks.example.com", "1.2.3.4.nip.io", "localhost", "2130706433"))
                .noneMatch(NetworkDestinationPolicy::isAddress);
    }

    @Test
    void saysWhatTheForbiddenAddressIs() {
        assertThat(strict.refusal(URI.create("http://169.254.169.254/latest/meta-data/")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("169.254.169.254", "link-local"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://93.184.216.34/", "/relative/hook",
            "http:///no-host", "mailto:ops@example.com", "http://under_score.example.com/"})
    void refusesWhatIsNotAnHttpUrlWithAHost(String url) {
        assertThat(strict.refusal(URI.create(url))).isPresent();
    }

    @Test
    void theAllowlistOpensItsNetworksAndNothingElse() {
        var policy = new NetworkDestinationPolicy(
                List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128"), Cidr.parse("10.20.0.0/16")),
                HostResolver.SYSTEM);

        assertThat(policy.refusal(URI.create("http://127.0.0.1:9000/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://[::1]:9000/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://localhost:9000/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://10.20.3.4/hook"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://10.21.3.4/hook"))).isPresent();
        assertThat(policy.refusal(URI.create("http://169.254.169.254/"))).isPresent();
    }

    @Test
    void aNameWithOneForbiddenAddressAmongPublicOnesIsRefused() {
        var policy = new NetworkDestinationPolicy(List.of(), new SwitchableResolver("93.184.216.34", "10.0.0.5"));

        assertThat(policy.refusal(URI.create("https://hooks.customer.example/zen")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("hooks.customer.example", "10.0.0.5"));
    }

    @Test
    void aNameThatDoesNotResolveIsLeftToFailAsAConnectionError() {
        var dns = new SwitchableResolver();
        dns.answerNothing();
        var policy = new NetworkDestinationPolicy(List.of(), dns);

        assertThat(policy.refusal(URI.create("https://typo.customer.example/zen"))).isEmpty();
    }
}
