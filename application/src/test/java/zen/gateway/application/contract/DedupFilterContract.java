package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

/** What every {@link DedupFilter} must do within its time to live. */
public abstract class DedupFilterContract {

    /** A new filter that has seen nothing; called once per test. */
    protected abstract DedupFilter newFilter();

    private DedupFilter filter;

    @BeforeEach
    void createFilter() {
        filter = newFilter();
    }

    @Test
    void onlyIdsNotSeenBeforeAreClaimed() {
        assertThat(filter.claim(List.of("e-1", "e-2"))).containsExactlyInAnyOrder("e-1", "e-2");
        assertThat(filter.claim(List.of("e-2", "e-3"))).containsExactly("e-3");
        assertThat(filter.claim(List.of("e-1", "e-2", "e-3"))).isEmpty();
    }

    @Test
    void anIdRepeatedInOneCallIsClaimedOnce() {
        assertThat(filter.claim(List.of("e-1", "e-1"))).containsExactly("e-1");
    }

    @Test
    void releasedIdsCanBeClaimedAgain() {
        filter.claim(List.of("e-1", "e-2"));

        filter.release(List.of("e-1", "e-never-claimed"));

        assertThat(filter.claim(List.of("e-1", "e-2"))).containsExactly("e-1");
    }

    @Test
    void nothingToClaimClaimsNothing() {
        assertThat(filter.claim(List.of())).isEmpty();
    }
}
