package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterHeaderTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfterHeader.parse(Optional.of(" 120 "), NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfterHeader.parse(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"), NOW)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryAfterHeader.parse(Optional.of("Wed, 21 Oct 2015 07:00:00 GMT"), NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfterHeader.parse(Optional.empty(), NOW)).isNull();
        assertThat(RetryAfterHeader.parse(Optional.of("soon"), NOW)).isNull();
        assertThat(RetryAfterHeader.parse(Optional.of("-5"), NOW)).isNull();
        assertThat(RetryAfterHeader.parse(Optional.of("99999999999999999999999"), NOW)).isNull();
    }
}
