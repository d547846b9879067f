package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SendRoomTest {

    private static final String SLOW = "https://slow.example:443/hook";
    private static final String HEALTHY = "https://healthy.example:443/hook";

    private final SendRoom room = new SendRoom(4, 2, Duration.ofMinutes(1));

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void anEndpointTakesNoMoreThanItsShareOfTheWire() {
        List<CompletableFuture<Optional<SendRoom.Taken>>> toSlow = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            toSlow.add(room.claim(SLOW));
        }

        assertThat(toSlow).filteredOn(CompletableFuture::isDone).hasSize(2);
        assertThat(room.inFlight()).isEqualTo(2);
        assertThat(room.waiting()).isEqualTo(8);
        assertThat(room.claim(HEALTHY)).isCompletedWithValueMatching(Optional::isPresent);
        assertThat(room.claim(HEALTHY)).isCompletedWithValueMatching(Optional::isPresent);
        assertThat(room.inFlight()).isEqualTo(4);
    }

    @Test
    void aPlaceFreedInAShareGoesToTheNextInThatEndpointsLine() throws Exception {
        SendRoom.Taken first = taken(room.claim(SLOW));
        taken(room.claim(SLOW));
        CompletableFuture<Optional<SendRoom.Taken>> third = room.claim(SLOW);

        first.release();
        first.release(); // once only

        assertThat(third.get(Sends.DEADLINE_SECONDS, TimeUnit.SECONDS)).isPresent();
        assertThat(room.inFlight()).isEqualTo(2);
        assertThat(room.waiting()).isZero();
    }

    @Test
    void aSendWithoutRoomWithinTheBudgetGetsNoneAndHoldsNothing() throws Exception {
        try (SendRoom impatient = new SendRoom(4, 1, Duration.ofMillis(50))) {
            SendRoom.Taken holder = taken(impatient.claim(SLOW));

            assertThat(impatient.claim(SLOW).get(Sends.DEADLINE_SECONDS, TimeUnit.SECONDS)).isEmpty();
            assertThat(impatient.waiting()).isZero();
            holder.release();
            assertThat(impatient.claim(SLOW)).isCompletedWithValueMatching(Optional::isPresent);
        }
    }

    @Test
    void aFullWireWithinTheBudgetGivesTheShareBack() throws Exception {
        try (SendRoom narrow = new SendRoom(1, 1, Duration.ofMillis(50))) {
            taken(narrow.claim(HEALTHY));

            assertThat(narrow.claim(SLOW).get(Sends.DEADLINE_SECONDS, TimeUnit.SECONDS)).isEmpty();
            assertThat(narrow.waiting()).isZero();
            assertThat(narrow.inFlight()).isEqualTo(1);
        }
    }

    @Test
    void closingFailsTheWaitingAndNewcomers() {
        taken(room.claim(SLOW));
        taken(room.claim(SLOW));
        CompletableFuture<Optional<SendRoom.Taken>> waiting = room.claim(SLOW);

        room.close();

        assertThat(waiting).isCompletedExceptionally();
        assertThat(room.claim(HEALTHY)).isCompletedExceptionally();
    }

    private static SendRoom.Taken taken(CompletableFuture<Optional<SendRoom.Taken>> claim) {
        assertThat(claim).isCompletedWithValueMatching(Optional::isPresent);
        return claim.join().orElseThrow();
    }
}
