package zen.gateway.adapter.outbound.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PendingReleasesTest {

    @Test
    void whatIsGivenBackIsTakenWithTheNextRelease() {
        PendingReleases pending = new PendingReleases(10);
        pending.giveBack(List.of("e-1", "e-2"));

        assertThat(pending.takeAll(List.of("e-2", "e-3"))).containsExactly("e-1", "e-2", "e-3");
        assertThat(pending.takeAll(List.of())).isEmpty();
    }

    @Test
    void theOldestAreForgottenBeyondTheCapacity() {
        PendingReleases pending = new PendingReleases(2);

        pending.giveBack(List.of("e-1", "e-2", "e-3"));

        assertThat(pending.takeAll(List.of())).containsExactly("e-2", "e-3");
    }
}
