package zen.gateway.adapter.inbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.access.KeyRateLimit;

class KeyRateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final KeyRateLimits limits = new KeyRateLimits(now::get);

    @Test
    void aRestedKeyMayBurstThenWaitsForTheNextPeriod() {
        KeyRateLimit limit = new KeyRateLimit(50, 100);
        for (int i = 0; i < 100; i++) {
            assertThat(limits.take("key_1", limit)).as("request %d", i).isEmpty();
        }

        Duration wait = limits.take("key_1", limit).orElseThrow();

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(limits.take("key_1", limit)).isEmpty();
    }

    @Test
    void eachKeyHasItsOwnLimit() {
        KeyRateLimit one = new KeyRateLimit(1, 1);

        assertThat(limits.take("key_1", one)).isEmpty();
        assertThat(limits.take("key_1", one)).isPresent();
        assertThat(limits.take("key_2", one)).isEmpty();
    }

    @Test
    void theAverageIsTheRateAskedFor() {
        KeyRateLimit limit = new KeyRateLimit(10, 5);
        int allowed = 0;
        for (int step = 0; step < 1000; step++) {
            if (limits.take("key_1", limit).isEmpty()) {
                allowed++;
            }
            now.addAndGet(Duration.ofMillis(10).toNanos());
        }

        // 10 s at 10/s, plus the first burst
        assertThat(allowed).isBetween(100, 106);
    }
}
