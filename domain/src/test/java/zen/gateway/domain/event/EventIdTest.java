package zen.gateway.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventIdTest {

    @Test
    void theSamePartsGiveTheSameIdAndPartBoundariesCount() {
        assertThat(EventId.derive("karix", "mid-1", "delivered")).isEqualTo(EventId.derive("karix", "mid-1", "delivered"));
        assertThat(EventId.derive("ab", "c")).isNotEqualTo(EventId.derive("a", "bc"));
        assertThat(EventId.derive("a", null)).isEqualTo(EventId.derive("a", ""));
        assertThat(EventId.derive("x").value()).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void bspIdsAreTheirPathSegments() {
        assertThat(Bsp.fromId("datagen")).contains(Bsp.DATAGEN);
        assertThat(Bsp.fromId("unknown")).isEmpty();
        assertThat(Bsp.AISENSY.topic("message.status.updated").value()).isEqualTo("aisensy.message.status.updated");
    }
}
