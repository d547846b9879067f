package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse(Optional.of("120"), NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(Optional.of(" 0 "), NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheWaitFromNow() {
        assertThat(RetryAfter.parse(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"), NOW)).contains(Duration.ofSeconds(60));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse(Optional.of("Wed, 21 Oct 2015 07:00:00 GMT"), NOW)).contains(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.parse(Optional.empty(), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of(""), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("-5"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("1.5"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("soon"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("99999999999999999999999"), NOW)).isEmpty();
    }
}
