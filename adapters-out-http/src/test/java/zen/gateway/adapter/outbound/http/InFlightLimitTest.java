package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InFlightLimitTest {

    private final InFlightLimit limit = new InFlightLimit(2);

    @Test
    void grantsUpToTheLimitAndQueuesTheRestInArrivalOrder() {
        CompletableFuture<Void> first = limit.acquire();
        CompletableFuture<Void> second = limit.acquire();
        CompletableFuture<Void> third = limit.acquire();
        CompletableFuture<Void> fourth = limit.acquire();

        assertThat(first).isDone();
        assertThat(second).isDone();
        assertThat(third).isNotDone();
        assertThat(fourth).isNotDone();
        assertThat(limit.waiting()).isEqualTo(2);

        limit.release();
        assertThat(third).isDone();
        assertThat(fourth).isNotDone();
        assertThat(limit.holders()).isEqualTo(2);

        limit.release();
        limit.release();
        limit.release();
        assertThat(fourth).isDone();
        assertThat(limit.holders()).isZero();
    }

    @Test
    void closingFailsTheWaitersAndRefusesNewcomers() {
        limit.acquire();
        limit.acquire();
        CompletableFuture<Void> waiter = limit.acquire();

        limit.close();

        assertThat(waiter).isCompletedExceptionally();
        assertThat(limit.acquire()).isCompletedExceptionally();
        assertThat(limit.waiting()).isZero();
    }

    @Test
    void aWaiterWithinItsPatienceGetsThePermitPassedOn() throws Exception {
        limit.acquire();
        limit.acquire();
        CompletableFuture<Boolean> patient = limit.acquireWithin(Duration.ofMinutes(1));

        assertThat(patient).isNotDone();
        limit.release();

        assertThat(patient.get(Sends.DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(limit.holders()).isEqualTo(2);
    }

    @Test
    void aWaiterOutOfPatienceLeavesTheQueueHoldingNothing() throws Exception {
        limit.acquire();
        limit.acquire();
        CompletableFuture<Boolean> impatient = limit.acquireWithin(Duration.ofMillis(50));
        CompletableFuture<Void> next = limit.acquire();

        assertThat(impatient.get(Sends.DEADLINE_SECONDS, TimeUnit.SECONDS)).isFalse();
        assertThat(limit.waiting()).isEqualTo(1);
        limit.release();

        assertThat(next).isDone(); // the permit skipped the one that left
        assertThat(limit.holders()).isEqualTo(2);
    }

    @Test
    void aFreePermitNeedsNoPatience() {
        assertThat(limit.acquireWithin(Duration.ofNanos(1))).isCompletedWithValue(true);
    }

    @Test
    void closingFailsPatientWaitersToo() {
        limit.acquire();
        limit.acquire();
        CompletableFuture<Boolean> patient = limit.acquireWithin(Duration.ofMinutes(1));

        limit.close();

        assertThat(patient).isCompletedExceptionally();
    }
}
