package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.delivery.AttemptOutcome;

class BreakerFailureTest {

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void retryableAnswersAreFailures(int status) {
        assertThat(BreakerAdmission.Granted.countsAsFailure(
                new AttemptOutcome.Responded(status, Optional.of(Duration.ofSeconds(1))))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 301, 302, 400, 401, 403, 404, 410, 422})
    void otherAnswersShowAWorkingReceiver(int status) {
        assertThat(BreakerAdmission.Granted.countsAsFailure(AttemptOutcome.Responded.status(status))).isFalse();
    }

    @Test
    void noAnswerAtAllIsAFailure() {
        assertThat(BreakerAdmission.Granted.countsAsFailure(new AttemptOutcome.TimedOut())).isTrue();
        assertThat(BreakerAdmission.Granted.countsAsFailure(new AttemptOutcome.ConnectionFailed("refused"))).isTrue();
    }
}
