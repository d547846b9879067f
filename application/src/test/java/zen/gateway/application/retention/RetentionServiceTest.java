package zen.gateway.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.MutableClock;
import zen.gateway.application.port.outbound.retention.Expiring;

class RetentionServiceTest {

    /** Records at the given times; removal counts its calls. */
    private static final class Times implements Expiring {
        final List<Instant> times = new ArrayList<>();
        int calls;

        @Override
        public int removeOlderThan(Instant cutoff, int limit) {
            calls++;
            List<Instant> old = times.stream().filter(t -> t.isBefore(cutoff)).limit(limit).toList();
            times.removeAll(old);
            return old.size();
        }
    }

    @Test
    void eachKindLosesWhatIsOlderThanItsPeriodInBoundedBatches() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        MutableClock clock = new MutableClock(now);
        Times messages = new Times();
        Times logs = new Times();
        for (int day = 0; day < 10; day++) {
            messages.times.add(now.minus(Duration.ofDays(day)).minusSeconds(1));
            logs.times.add(now.minus(Duration.ofDays(day)).minusSeconds(1));
        }
        RetentionService retention = new RetentionService(List.of(
                new RetentionService.Kind("messages", messages, Duration.ofDays(7)),
                new RetentionService.Kind("delivery_logs", logs, Duration.ofDays(2))), 2, 100, clock);

        Map<String, Long> removed = retention.purgeExpired();

        // 7 days kept: days 7, 8, 9 go (just over 7, 8, 9 days old); 2 days kept: days 2 to 9 go
        assertThat(removed).containsExactly(Map.entry("messages", 3L), Map.entry("delivery_logs", 8L));
        assertThat(messages.calls).isEqualTo(2);
        assertThat(logs.calls).isEqualTo(5);
        assertThat(retention.purgeExpired()).containsExactly(Map.entry("messages", 0L), Map.entry("delivery_logs", 0L));
    }

    @Test
    void aRunStopsAKindAfterItsBatchesAndTheNextRunGoesOn() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        Times logs = new Times();
        for (int i = 0; i < 10; i++) {
            logs.times.add(now.minus(Duration.ofDays(40)).minusSeconds(i));
        }
        RetentionService retention = new RetentionService(
                List.of(new RetentionService.Kind("delivery_logs", logs, Duration.ofDays(30))), 3, 2, new MutableClock(now));

        assertThat(retention.purgeExpired()).containsEntry("delivery_logs", 6L);
        assertThat(retention.purgeExpired()).containsEntry("delivery_logs", 4L);
    }
}
