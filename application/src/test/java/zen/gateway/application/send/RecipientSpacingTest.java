package zen.gateway.application.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pair limit's turns, and the memory it keeps: only the pairs of the last interval, at most its cap. */
class RecipientSpacingTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final RecipientSpacing spacing = new RecipientSpacing(Duration.ofSeconds(6), 3);

    @Test
    void aPairGetsItsNextTurnOneIntervalAfterItsLastSendAndOtherPairsAreNotHeld() {
        assertThat(spacing.tryTake("+15550001111", "+919800000001", T0)).isEmpty();

        assertThat(spacing.tryTake("+15550001111", "+919800000001", T0.plusSeconds(2))).contains(T0.plusSeconds(6));
        assertThat(spacing.tryTake("+15550002222", "+919800000001", T0.plusSeconds(2))).isEmpty();
        assertThat(spacing.tryTake("+15550001111", "+919800000002", T0.plusSeconds(2))).isEmpty();
        assertThat(spacing.tryTake("+15550001111", "+919800000001", T0.plusSeconds(6))).isEmpty();
        assertThat(spacing.tryTake("+15550001111", "+919800000001", T0.plusSeconds(7))).contains(T0.plusSeconds(12));
    }

    @Test
    void pairsWhoseIntervalIsOverAreForgotten() {
        spacing.tryTake("+15550001111", "+919800000001", T0);
        spacing.tryTake("+15550001111", "+919800000002", T0.plusSeconds(1));
        assertThat(spacing.size()).isEqualTo(2);

        spacing.tryTake("+15550001111", "+919800000003", T0.plusSeconds(6));

        assertThat(spacing.size()).isEqualTo(2);
        spacing.tryTake("+15550001111", "+919800000004", T0.plusSeconds(60));
        assertThat(spacing.size()).isOne();
    }

    @Test
    void pastItsCapTheOldestPairIsForgottenEvenWithinItsInterval() {
        for (int i = 1; i <= 4; i++) {
            spacing.tryTake("+15550001111", "+91980000000" + i, T0);
        }

        assertThat(spacing.size()).isEqualTo(3);
        assertThat(spacing.tryTake("+15550001111", "+919800000001", T0.plusSeconds(1))).isEmpty();
        assertThat(spacing.tryTake("+15550001111", "+919800000004", T0.plusSeconds(1))).isPresent();
    }

    @Test
    void aZeroIntervalHoldsNoOneAndKeepsNothing() {
        RecipientSpacing off = new RecipientSpacing(Duration.ZERO);

        assertThat(off.tryTake("+15550001111", "+919800000001", T0)).isEmpty();
        assertThat(off.tryTake("+15550001111", "+919800000001", T0)).isEmpty();
        assertThat(off.size()).isZero();
    }
}
