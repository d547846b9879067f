package zen.gateway.adapter.amqp.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

class DeliveryPackFramingTest {

    private static final Instant T0 = Instant.parse("2026-01-10T10:00:00.5Z");

    private static Delivery fresh(int i) {
        return Delivery.pending("ev-" + i, "datagen.delivery", "ep-" + (i % 3), "acme", "https://hooks.example.com/" + i,
                "{\"n\":" + i + ",\"text\":\"line\\nbreak \u00e9\"}\n", T0.plusMillis(i));
    }

    @Test
    void deliveriesComeBackAsTheyWereInTheirOrder() throws Exception {
        List<Delivery> pack = IntStream.range(0, 16).mapToObj(DeliveryPackFramingTest::fresh).toList();
        Delivery retried = new Delivery("d-r", "ev-r", "t", "ep", "acme", "https://x.example/h", DeliveryStatus.RETRYING, 1,
                List.of(new Attempt(1, T0, 503, 7, "HTTP 503", null)), "HTTP 503", T0, T0, T0.plusSeconds(5), "{}");

        assertThat(DeliveryPackFraming.decode(DeliveryPackFraming.encode(pack))).isEqualTo(pack);
        assertThat(DeliveryPackFraming.decode(DeliveryPackFraming.encode(List.of(retried)))).containsExactly(retried);
    }

    @Test
    void anythingElseIsMalformed() {
        byte[] good = DeliveryPackFraming.encode(List.of(fresh(1), fresh(2)));
        byte[] unknownVersion = good.clone();
        unknownVersion[0] = 9;
        byte[] noDeliveries = ByteBuffer.allocate(5).put(DeliveryPackFraming.VERSION).putInt(0).array();
        byte[] tooMany = good.clone();
        ByteBuffer.wrap(tooMany).putInt(1, 1_000_000);
        byte[] lengthPastTheEnd = good.clone();
        ByteBuffer.wrap(lengthPastTheEnd).putInt(5, good.length);
        byte[] innerGarbage = ByteBuffer.allocate(5 + 4 + 8).put(DeliveryPackFraming.VERSION).putInt(1).putInt(8)
                .put("not json".getBytes()).array();
        byte[] trailing = Arrays.copyOf(good, good.length + 3);

        for (byte[] message : List.of(new byte[0], new byte[] {1, 0}, unknownVersion, noDeliveries, tooMany,
                lengthPastTheEnd, Arrays.copyOf(good, good.length - 1), innerGarbage, trailing)) {
            assertThatThrownBy(() -> DeliveryPackFraming.decode(message))
                    .as("%d bytes", message.length).isInstanceOf(MalformedMessageException.class);
        }
    }
}
