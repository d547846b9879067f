package zen.gateway.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryIdTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:15:30.123Z");

    @Test
    void theSamePairAtTheSameTimeGetsTheSameId() {
        assertThat(Delivery.idFor("evt-1", "ep-1", AT)).isEqualTo(Delivery.idFor("evt-1", "ep-1", AT));
    }

    @Test
    void anotherEventOrEndpointGetsAnotherId() {
        String id = Delivery.idFor("evt-1", "ep-1", AT);

        assertThat(Delivery.idFor("evt-2", "ep-1", AT)).isNotEqualTo(id);
        assertThat(Delivery.idFor("evt-1", "ep-2", AT)).isNotEqualTo(id);
        // the parts are kept apart: moving a character from one to the other is another pair
        assertThat(Delivery.idFor("evt-1e", "p-1", AT)).isNotEqualTo(id);
    }

    @Test
    void idsAreVersion7UuidsCarryingTheirMillisecond() {
        UUID id = UUID.fromString(Delivery.idFor("evt-1", "ep-1", AT));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(AT.toEpochMilli());
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsText() {
        String earlier = Delivery.idFor("evt-z", "ep-z", AT);
        String later = Delivery.idFor("evt-a", "ep-a", AT.plusMillis(1));

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void aPlannedDeliveryTakesItsIdFromItsEventsTime() {
        Instant now = AT.plusSeconds(30);
        Delivery d = Delivery.planned("evt-1", AT, "datagen.status", "ep-1", "project-1", "https://example.com/hook",
                "{}", now, now.plusSeconds(60));

        assertThat(d.id()).isEqualTo(Delivery.idFor("evt-1", "ep-1", AT));
        assertThat(d.createdAt()).isEqualTo(now);
        assertThat(d.nextAttemptAt()).isEqualTo(now.plusSeconds(60));
    }
}
