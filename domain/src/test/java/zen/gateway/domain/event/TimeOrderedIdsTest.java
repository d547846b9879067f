package zen.gateway.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void isAVersion7UuidCarryingItsMillisecond() {
        long millis = 1_767_261_605_123L;
        UUID id = UUID.fromString(TimeOrderedUuid.random(millis));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void idsOfLaterMillisecondsSortLaterAsText() {
        List<String> made = new ArrayList<>();
        for (long millis = 1_767_261_600_000L; millis < 1_767_261_600_000L + 5_000; millis += 7) {
            made.add(TimeOrderedUuid.random(millis));
        }

        assertThat(made).isSorted();
        assertThat(new HashSet<>(made)).hasSameSizeAs(made);
    }

    @Test
    void idsOfOneMillisecondDoNotCollide() {
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(TimeOrderedUuid.random(1_767_261_600_000L));
        }

        assertThat(seen).hasSize(100_000);
    }
}
