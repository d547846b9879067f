package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BreakerKeyTest {

    @Test
    void keepsSchemeHostPortAndPathOnly() {
        assertThat(BreakerKey.of(URI.create("https://user:pw@Hooks.Example.com/zen/in?token=abc#frag")))
                .isEqualTo("https://hooks.example.com:443/zen/in");
    }

    @Test
    void fillsInDefaultPortsAndAnEmptyPath() {
        assertThat(BreakerKey.of(URI.create("http://example.com"))).isEqualTo("http://example.com:80/");
        assertThat(BreakerKey.of(URI.create("https://example.com:8443"))).isEqualTo("https://example.com:8443/");
        assertThat(BreakerKey.of(URI.create("http://[::1]:8080/x"))).isEqualTo("http://[::1]:8080/x");
    }
}
