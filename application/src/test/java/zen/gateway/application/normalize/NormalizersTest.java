package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.normalize.Fixtures.envelope;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.Topic;

class NormalizersTest {

    private final Normalizers normalizers = Normalizers.standard();

    @Test
    void everyBspHasANormalizer() {
        assertThat(normalizers.supported()).isEqualTo(EnumSet.allOf(Bsp.class));
        for (Bsp bsp : Bsp.values()) {
            assertThat(normalizers.forBsp(bsp)).isPresent();
        }
    }

    @Test
    void datagenAndKarixShareTheFormatButNotTheTopics() {
        Normalization datagen = normalizers.forBsp(Bsp.DATAGEN).orElseThrow()
                .normalize(envelope(Bsp.DATAGEN, "karix/dlr-delivered.json"));
        Normalization karix = normalizers.forBsp(Bsp.KARIX).orElseThrow()
                .normalize(envelope(Bsp.KARIX, "karix/dlr-delivered.json"));
        assertThat(Fixtures.onlyEvent(datagen).bspTopic()).isEqualTo(Topic.of("datagen.delivery"));
        assertThat(Fixtures.onlyEvent(karix).bspTopic()).isEqualTo(Topic.of("karix.delivery"));
        assertThat(Fixtures.onlyEvent(datagen).eventId()).isNotEqualTo(Fixtures.onlyEvent(karix).eventId());
    }

    @Test
    void aBodyOfCampaignStatusesIsNotUserInitiated() {
        Normalization statuses = normalizers.forBsp(Bsp.META).orElseThrow().normalize(envelope(Bsp.META, "meta/out-of-order-with-repeat.json"));
        assertThat(((Recognized) statuses).anyUserInitiated()).isFalse();
        Normalization inbound = normalizers.forBsp(Bsp.META).orElseThrow().normalize(envelope(Bsp.META, "meta/inbound-text.json"));
        assertThat(((Recognized) inbound).anyUserInitiated()).isTrue();
    }
}
