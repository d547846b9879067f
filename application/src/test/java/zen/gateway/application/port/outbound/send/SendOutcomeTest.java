package zen.gateway.application.port.outbound.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendOutcomeTest {

    @Test
    void onlyWhatTheProviderDidNotProcessIsSafeToResend() {
        assertThat(new SendOutcome.Throttled(Duration.ofSeconds(5), "130429", "rate").safeToResend()).isTrue();
        assertThat(new SendOutcome.NotSent("connection refused").safeToResend()).isTrue();
        assertThat(new SendOutcome.Ambiguous("timed out").safeToResend()).isFalse();
        assertThat(new SendOutcome.Accepted("wamid.1", null, "accepted").safeToResend()).isFalse();
        assertThat(new SendOutcome.Rejected("132001", "no template", SendOutcome.Rejected.Kind.PERMANENT)
                .safeToResend()).isFalse();
    }
}
