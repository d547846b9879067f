package zen.gateway.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.forwarding.CircuitBreakerControl;

/** The forwarding and ingest checks with the figures of issue 17: 26,406 unfinished deliveries and an open breaker. */
class WorkHealthChecksTest {

    private static final class Breakers implements CircuitBreakerControl {
        final Map<String, String> states = new TreeMap<>();

        @Override
        public Map<String, String> states() {
            return states;
        }

        @Override
        public boolean reset(String url) {
            return states.remove(url) != null;
        }

        @Override
        public String stateOf(String url) {
            return states.getOrDefault(url, "CLOSED");
        }
    }

    @Test
    void forwardingIsDegradedPastEitherThresholdWithTheFigures() {
        AtomicLong unfinished = new AtomicLong(12);
        Breakers breakers = new Breakers();
        breakers.states.put("https://ok.example.com/hook", "CLOSED");
        ForwardingHealthCheck check = new ForwardingHealthCheck(unfinished::get, breakers, 10_000, 0);

        assertThat(check.execute().isHealthy()).isTrue();
        assertThat(check.execute().getMessage()).startsWith("12 unfinished deliveries (threshold 10000), 0 open");

        unfinished.set(26_406);
        assertThat(check.execute().isHealthy()).isFalse();
        assertThat(check.execute().getMessage()).startsWith("degraded: 26406 unfinished deliveries");

        unfinished.set(12);
        breakers.states.put("https://down.example.com/hook", "OPEN");
        assertThat(check.execute().isHealthy()).isFalse();
        assertThat(check.execute().getMessage()).contains("1 open circuit breakers (threshold 0): https://down.example.com/hook");
        assertThat(new ForwardingHealthCheck(unfinished::get, breakers, 10_000, 1).execute().isHealthy()).isTrue();
    }

    @Test
    void ingestIsDegradedWhenTheBacklogIsLargeOrGrowsWithinTheWindow() {
        AtomicLong backlog = new AtomicLong(100);
        AtomicLong nanos = new AtomicLong();
        IngestHealthCheck check = new IngestHealthCheck(backlog::get, 50_000, 10_000, Duration.ofMinutes(1), nanos::get);

        assertThat(check.execute().isHealthy()).isTrue();
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        backlog.set(20_100);
        var growing = check.execute();
        assertThat(growing.isHealthy()).isFalse();
        assertThat(growing.getMessage()).contains("20100 envelopes wait", "+20000 in the last 30 s");

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        backlog.set(20_200);
        assertThat(check.execute().isHealthy()).as("steady, below the size threshold").isTrue();

        backlog.set(60_000);
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(check.execute().getMessage()).startsWith("degraded: 60000 envelopes wait");
    }
}
