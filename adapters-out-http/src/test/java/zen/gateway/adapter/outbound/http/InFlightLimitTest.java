package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
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
}
