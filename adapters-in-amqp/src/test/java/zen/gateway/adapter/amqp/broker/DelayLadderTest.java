package zen.gateway.adapter.amqp.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.delivery.RetrySchedule;

class DelayLadderTest {

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void theLegacyScheduleGetsItsThreeSecondStepAndDoublingsUpToAMinute() {
        DelayLadder ladder = DelayLadder.of(RetrySchedule.legacyDefault(), ms(250));

        assertThat(ladder.steps()).containsExactly(ms(250), ms(500), ms(1000), ms(2000), ms(3000), ms(4000), ms(8000),
                ms(16000), ms(32000));
    }

    @Test
    void longSchedulesKeepTheirLongestDelay() {
        DelayLadder ladder = DelayLadder.of(RetrySchedule.exponential(6, Duration.ofSeconds(30), Duration.ofMinutes(10)), ms(1000));

        assertThat(ladder.steps()).contains(ms(30_000), ms(60_000), ms(120_000), ms(240_000), ms(480_000));
        assertThat(ladder.steps().getLast()).isEqualTo(ms(480_000));
    }

    @Test
    void aNominalDelayTakesOneHopEvenAfterSomeHandlingTime() {
        DelayLadder ladder = DelayLadder.of(RetrySchedule.legacyDefault(), ms(250));

        assertThat(ladder.stepFor(ms(2_960))).contains(ms(3000));
        assertThat(ladder.stepFor(ms(3_000))).contains(ms(3000));
    }

    @Test
    void dueOrNearlyDueMeansNow() {
        DelayLadder ladder = DelayLadder.of(RetrySchedule.legacyDefault(), ms(250));

        assertThat(ladder.stepFor(ms(-5_000))).isEmpty();
        assertThat(ladder.stepFor(Duration.ZERO)).isEmpty();
        assertThat(ladder.stepFor(ms(124))).isEmpty();
        assertThat(ladder.stepFor(ms(125))).contains(ms(250));
    }

    @Test
    void chainedHopsMeetAnyWaitToWithinHalfTheShortestStep() {
        DelayLadder ladder = DelayLadder.of(RetrySchedule.exponential(5, Duration.ofSeconds(1), Duration.ofSeconds(30)), ms(250));
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            Duration wanted = ms(random.nextLong(0, 600_000));
            Duration waited = Duration.ZERO;
            int hops = 0;
            for (Optional<Duration> step = ladder.stepFor(wanted); step.isPresent(); step = ladder.stepFor(wanted.minus(waited))) {
                waited = waited.plus(step.get());
                hops++;
            }
            assertThat(waited.minus(wanted).abs()).as("waiting %s", wanted).isLessThanOrEqualTo(ms(125));
            assertThat(hops).as("hops for %s", wanted).isLessThanOrEqualTo((int) (wanted.toMillis() / ladder.steps().getLast().toMillis()) + 8);
        }
    }

    @Test
    void theSendLadderReachesFiveMinutesAndNoFurther() {
        DelayLadder ladder = new DelayLadder(List.of(Topology.SEND_LADDER_REACH), ms(250));

        assertThat(ladder.steps()).startsWith(ms(250), ms(500)).endsWith(ms(256_000), ms(300_000));
        assertThat(ladder.reaches(ms(300_000))).isTrue();
        assertThat(ladder.reaches(ms(-5))).isTrue();
        assertThat(ladder.reaches(ms(301_000))).isFalse();
    }
}
