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
        assertThat(defaults.maxInFlightPerEndpoint()).isEqualTo(10);
        assertThat(defaults.endpointWaitBudget()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.breakerSlowCallDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.breakerSlowCallRate()).isEqualTo(50f);
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
        assertThatThrownBy(() -> defaults.withEndpointShare(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withEndpointShare(10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withSlowCalls(Duration.ofSeconds(10), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withSlowCalls(Duration.ofSeconds(10), 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withSlowCalls(Duration.ZERO, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSettingsOfBeforeGetTheDefaultsOfWhatCameSince() {
        var before = new HttpSenderSettings(Duration.ofSeconds(2), Duration.ofSeconds(9), 50, 5, Duration.ofMinutes(1),
                1, List.of("10.0.0.0/8"), "UA");

        assertThat(before.maxInFlightPerEndpoint()).isEqualTo(HttpSenderSettings.DEFAULT_MAX_IN_FLIGHT_PER_ENDPOINT);
        assertThat(before.endpointWaitBudget()).isEqualTo(HttpSenderSettings.DEFAULT_ENDPOINT_WAIT_BUDGET);
        assertThat(before.breakerSlowCallDuration()).isEqualTo(HttpSenderSettings.DEFAULT_BREAKER_SLOW_CALL_DURATION);
        assertThat(before.breakerSlowCallRate()).isEqualTo(HttpSenderSettings.DEFAULT_BREAKER_SLOW_CALL_RATE);
        assertThat(before.requestTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(before.breakerFailureThreshold()).isEqualTo(5);
    }
}
