package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.delivery.AttemptOutcome;

/** The breakers on a clock the test moves, for what real time would make slow or uncertain. */
class UrlCircuitBreakersTest {

    private static final URI HOOK = URI.create("https://hooks.example.com/zen");
    private static final Duration OPEN_FOR = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock();
    private final UrlCircuitBreakers breakers = new UrlCircuitBreakers(
            HttpSenderSettings.defaults().withBreaker(1, OPEN_FOR, 1), clock);

    @Test
    void anOpenBreakerSaysHowLongItWillStayOpen() {
        fail();

        assertThat(breakers.admit(HOOK)).isEqualTo(new BreakerAdmission.Denied(OPEN_FOR));
        clock.advance(Duration.ofMinutes(2));
        assertThat(breakers.admit(HOOK)).isEqualTo(new BreakerAdmission.Denied(Duration.ofMinutes(3)));
    }

    @Test
    void afterTheOpenDurationOneTrialCallGoesThroughAndOthersWait() {
        fail();
        clock.advance(OPEN_FOR.plusSeconds(1));

        assertThat(breakers.admit(HOOK)).isInstanceOf(BreakerAdmission.Granted.class);
        assertThat(breakers.states()).containsEntry("https://hooks.example.com:443/zen", "HALF_OPEN");
        assertThat(breakers.admit(HOOK)).isEqualTo(
                new BreakerAdmission.Denied(HttpSenderSettings.defaults().requestTimeout()));
    }

    @Test
    void aTrialPermissionUnusedBecauseThePolicyRefusedIsGivenBack() {
        fail();
        clock.advance(OPEN_FOR.plusSeconds(1));
        var trial = (BreakerAdmission.Granted) breakers.admit(HOOK);

        trial.record(new AttemptOutcome.Refused("now resolves to 10.0.0.1"), Duration.ZERO);

        assertThat(breakers.admit(HOOK)).isInstanceOf(BreakerAdmission.Granted.class);
    }

    @Test
    void aPermissionIsSettledOnlyOnce() {
        fail();
        clock.advance(OPEN_FOR.plusSeconds(1));
        var trial = (BreakerAdmission.Granted) breakers.admit(HOOK);

        trial.record(AttemptOutcome.Responded.status(204), Duration.ofMillis(20));
        trial.record(new AttemptOutcome.TimedOut(), Duration.ofMillis(20));
        trial.release();

        assertThat(breakers.states()).containsEntry("https://hooks.example.com:443/zen", "CLOSED");
    }

    @Test
    void aReceiverAnswering200AfterTwelveSecondsOpensItsBreakerWithTheDefaults() {
        var defaults = new UrlCircuitBreakers(HttpSenderSettings.defaults(), clock);

        for (int call = 0; call < HttpSenderSettings.defaults().breakerFailureThreshold(); call++) {
            var pass = (BreakerAdmission.Granted) defaults.admit(HOOK);
            pass.record(AttemptOutcome.Responded.status(200), Duration.ofSeconds(12));
        }

        assertThat(defaults.states()).containsEntry("https://hooks.example.com:443/zen", "OPEN");
        assertThat(defaults.admit(HOOK)).isInstanceOf(BreakerAdmission.Denied.class);
    }

    @Test
    void opensWhenTheSlowCallsAmongTheRecentOnesReachTheRate() {
        var halfSlow = new UrlCircuitBreakers(HttpSenderSettings.defaults().withBreaker(4, OPEN_FOR, 1)
                .withSlowCalls(Duration.ofSeconds(5), 50), clock);
        var quarterSlow = new UrlCircuitBreakers(HttpSenderSettings.defaults().withBreaker(4, OPEN_FOR, 1)
                .withSlowCalls(Duration.ofSeconds(5), 50), clock);

        answer(halfSlow, Duration.ofMillis(40), Duration.ofSeconds(6), Duration.ofMillis(40), Duration.ofSeconds(6));
        answer(quarterSlow, Duration.ofMillis(40), Duration.ofSeconds(6), Duration.ofMillis(40), Duration.ofMillis(40));

        assertThat(halfSlow.states()).containsEntry("https://hooks.example.com:443/zen", "OPEN");
        assertThat(quarterSlow.states()).containsEntry("https://hooks.example.com:443/zen", "CLOSED");
    }

    private static void answer(UrlCircuitBreakers breakers, Duration... latencies) {
        for (Duration latency : latencies) {
            var pass = (BreakerAdmission.Granted) breakers.admit(HOOK);
            pass.record(AttemptOutcome.Responded.status(204), latency);
        }
    }

    private void fail() {
        var pass = (BreakerAdmission.Granted) breakers.admit(HOOK);
        pass.record(AttemptOutcome.Responded.status(503), Duration.ofMillis(20));
        assertThat(breakers.states()).containsEntry("https://hooks.example.com:443/zen", "OPEN");
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
