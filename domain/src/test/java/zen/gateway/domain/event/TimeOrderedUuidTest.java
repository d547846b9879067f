package zen.gateway.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {

    private static final long MILLIS = 1_795_346_707_525L;

    @Test
    void theTimeComesFirstThenTheVersionThenTheCallersBits() {
        UUID id = UUID.fromString(TimeOrderedUuid.of(MILLIS, 0xABCL, 0x0123_4567_89AB_CDEFL));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(MILLIS);
        assertThat(id.getMostSignificantBits() & 0xFFFL).isEqualTo(0xABCL);
        assertThat(id.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL).isEqualTo(0x0123_4567_89AB_CDEFL);
    }

    @Test
    void bitsBeyondTheirPlaceNeverTouchTheVersionOrVariant() {
        UUID id = UUID.fromString(TimeOrderedUuid.of(MILLIS, -1L, -1L));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(MILLIS);
    }

    @Test
    void aLaterMillisecondSortsLaterAsText() {
        assertThat(TimeOrderedUuid.of(MILLIS + 1, 0, 0)).isGreaterThan(TimeOrderedUuid.of(MILLIS, -1L, -1L));
    }
}
