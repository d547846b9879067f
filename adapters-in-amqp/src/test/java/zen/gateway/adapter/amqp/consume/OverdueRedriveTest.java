package zen.gateway.adapter.amqp.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryDeliveryStore;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

class OverdueRedriveTest {

    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    private static final Duration OVERDUE_AFTER = Duration.ofMinutes(5);

    private final InMemoryDeliveryStore store = new InMemoryDeliveryStore();
    private final List<Delivery> submitted = new ArrayList<>();
    private final AtomicLong waiting = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final OverdueRedrive redrive = new OverdueRedrive(store, submitted::addAll, waiting::get, 1000,
            OVERDUE_AFTER, timer, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        redrive.close();
        timer.shutdownNow();
    }

    private Delivery stored(String eventId, Instant plannedAt) {
        Delivery delivery = Delivery.pending(eventId, "datagen.delivery", "ep-1", "acme", "https://x.example/h", "{}", plannedAt);
        store.insertNew(List.of(delivery));
        return delivery;
    }

    @Test
    void onlyDeliveriesOverdueByTheWholePeriodArePutBackDueNow() {
        Delivery lost = stored("ev-lost", NOW.minus(OVERDUE_AFTER).minusSeconds(1));
        stored("ev-recent", NOW.minusSeconds(30));
        Delivery done = stored("ev-done", NOW.minusSeconds(3_600));
        store.record(List.of(new AttemptRecord(done.id(), null, DeliveryStatus.DELIVERED, 1, null, null, NOW.minusSeconds(3_000))));

        assertThat(redrive.redriveOverdue()).isEqualTo(1);

        assertThat(submitted).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(lost.id());
            assertThat(d.nextAttemptAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aPutBackDeliveryIsNotPutBackAgainWithinThePeriod() {
        stored("ev-lost", NOW.minusSeconds(3_600));

        redrive.redriveOverdue();
        redrive.redriveOverdue();

        assertThat(submitted).hasSize(1);
    }

    @Test
    void aBacklogMakesDeliveriesLateWithoutLosingThemSoNothingIsPutBack() {
        stored("ev-late", NOW.minusSeconds(3_600));
        waiting.set(5_000);

        assertThat(redrive.redriveOverdue()).isZero();
        assertThat(submitted).isEmpty();
    }
}
