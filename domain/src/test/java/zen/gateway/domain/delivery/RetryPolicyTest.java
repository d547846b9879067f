package zen.gateway.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private final RetryPolicy legacy = new RetryPolicy(RetrySchedule.legacyDefault());

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({
            "200, SUCCEEDED", "201, SUCCEEDED", "204, SUCCEEDED", "299, SUCCEEDED",
            "408, RETRYABLE", "429, RETRYABLE", "500, RETRYABLE", "502, RETRYABLE", "503, RETRYABLE", "504, RETRYABLE", "599, RETRYABLE",
            "410, GONE",
            "400, PERMANENT", "401, PERMANENT", "403, PERMANENT", "404, PERMANENT", "409, PERMANENT", "422, PERMANENT",
            "301, PERMANENT", "302, PERMANENT", "100, PERMANENT",
    })
    void classifiesAnswers(int status, Verdict verdict) {
        assertThat(RetryPolicy.classify(AttemptOutcome.Responded.status(status))).isEqualTo(verdict);
    }

    @Test
    void timeoutsAndConnectionErrorsAreRetryableRefusalsAreNot() {
        assertThat(RetryPolicy.classify(new AttemptOutcome.TimedOut())).isEqualTo(Verdict.RETRYABLE);
        assertThat(RetryPolicy.classify(new AttemptOutcome.ConnectionFailed("refused"))).isEqualTo(Verdict.RETRYABLE);
        assertThat(RetryPolicy.classify(new AttemptOutcome.Refused("private network"))).isEqualTo(Verdict.PERMANENT);
    }

    @Test
    void theLegacyScheduleTriesThreeTimesThreeSecondsApart() {
        AttemptOutcome failure = AttemptOutcome.Responded.status(500);

        assertThat(legacy.decide(1, failure, 0.5)).isEqualTo(new DeliveryDecision.RetryLater(Duration.ofSeconds(3)));
        assertThat(legacy.decide(2, failure, 0.9)).isEqualTo(new DeliveryDecision.RetryLater(Duration.ofSeconds(3)));
        assertThat(legacy.decide(3, failure, 0.5)).isInstanceOf(DeliveryDecision.DeadLettered.class);
        assertThat(RetrySchedule.legacyDefault().nominalDelays()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void successPermanentAndGoneDecideAtOnce() {
        assertThat(legacy.decide(1, AttemptOutcome.Responded.status(200), 0)).isEqualTo(new DeliveryDecision.Delivered());
        assertThat(legacy.decide(1, AttemptOutcome.Responded.status(400), 0))
                .isEqualTo(new DeliveryDecision.DeadLettered("permanent failure: HTTP 400"));
        assertThat(legacy.decide(1, AttemptOutcome.Responded.status(410), 0)).isEqualTo(new DeliveryDecision.EndpointGone());
    }

    @Test
    void retryAfterIsHonouredOn429And503UpToTheMaximumDelay() {
        RetryPolicy policy = new RetryPolicy(RetrySchedule.exponential(5, Duration.ofSeconds(1), Duration.ofMinutes(10)));
        AttemptOutcome tooMany = new AttemptOutcome.Responded(429, Optional.of(Duration.ofSeconds(30)));
        AttemptOutcome unavailable = new AttemptOutcome.Responded(503, Optional.of(Duration.ofHours(2)));
        AttemptOutcome serverError = new AttemptOutcome.Responded(500, Optional.of(Duration.ofSeconds(30)));

        assertThat(policy.decide(1, tooMany, 0.5)).isEqualTo(new DeliveryDecision.RetryLater(Duration.ofSeconds(30)));
        assertThat(policy.decide(1, unavailable, 0.5)).isEqualTo(new DeliveryDecision.RetryLater(Duration.ofMinutes(10)));
        assertThat(policy.decide(1, serverError, 0.5)).isEqualTo(new DeliveryDecision.RetryLater(Duration.ofSeconds(1)));
    }

    @Test
    void exponentialDelaysGrowWithJitterAndStayBelowTheCap() {
        RetrySchedule schedule = RetrySchedule.exponential(8, Duration.ofSeconds(1), Duration.ofSeconds(20));

        assertThat(schedule.delayAfter(1, null, 0.5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(schedule.delayAfter(3, null, 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(schedule.delayAfter(3, null, 0.0)).isEqualTo(Duration.ofMillis(3200));
        assertThat(schedule.delayAfter(3, null, 0.999)).isBetween(Duration.ofMillis(4790), Duration.ofMillis(4800));
        assertThat(schedule.delayAfter(7, null, 0.999)).isEqualTo(Duration.ofSeconds(20));
        assertThat(schedule.nominalDelays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(20), Duration.ofSeconds(20));
    }
}
