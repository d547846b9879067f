package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpSenderSettingsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        var defaults = HttpSenderSettings.defaults();

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.maxInFlight()).isEqualTo(100);
        assertThat(defaults.breakerFailureThreshold()).isEqualTo(10);
        assertThat(defaults.breakerOpenDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.halfOpenCalls()).isEqualTo(3);
        assertThat(defaults.allowedNetworks()).isEmpty();
        assertThat(defaults.userAgent()).isEqualTo("ZEN-Webhook-Forwarder/1.0");
    }

    @Test
    void rejectsNonsenseAtStartup() {
        var defaults = HttpSenderSettings.defaults();

        assertThatThrownBy(() -> defaults.withAllowedNetworks(List.of("10.0.0.0/8", "10.0.0.1/8")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.1/8");
        assertThatThrownBy(() -> defaults.withMaxInFlight(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withBreaker(0, Duration.ofMinutes(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
