package zen.gateway.adapter.embedded.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import zen.gateway.application.contract.DedupFilterContract;
import zen.gateway.application.contract.Fixtures;
import zen.gateway.application.inmemory.MutableClock;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

class InProcessDedupFilterTest extends DedupFilterContract {

    private final MutableClock clock = new MutableClock(Fixtures.T0);

    @Override
    protected DedupFilter newFilter() {
        return new InProcessDedupFilter();
    }

    @Test
    void aClaimLastsItsTimeToLive() {
        InProcessDedupFilter filter = new InProcessDedupFilter(clock, Duration.ofHours(24), 100);
        filter.claim(List.of("e-1"));

        clock.advance(Duration.ofHours(24).minusMillis(1));
        assertThat(filter.claim(List.of("e-1"))).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(filter.claim(List.of("e-1"))).containsExactly("e-1");
    }

    @Test
    void expiredClaimsAreForgotten() {
        InProcessDedupFilter filter = new InProcessDedupFilter(clock, Duration.ofMinutes(1), 100);
        filter.claim(List.of("e-1", "e-2"));
        clock.advance(Duration.ofSeconds(30));
        filter.claim(List.of("e-3"));

        clock.advance(Duration.ofSeconds(30));
        filter.claim(List.of());

        assertThat(filter.size()).isEqualTo(1);
    }

    @Test
    void theOldestClaimsAreEvictedBeyondTheBound() {
        InProcessDedupFilter filter = new InProcessDedupFilter(clock, Duration.ofHours(24), 3);
        filter.claim(List.of("e-1", "e-2", "e-3"));

        filter.claim(List.of("e-4", "e-5"));

        assertThat(filter.size()).isEqualTo(3);
        assertThat(filter.claim(List.of("e-3", "e-4", "e-5"))).isEmpty();
        assertThat(filter.claim(List.of("e-1"))).containsExactly("e-1");
    }
}
