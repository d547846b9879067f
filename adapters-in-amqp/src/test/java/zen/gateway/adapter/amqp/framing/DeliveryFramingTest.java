package zen.gateway.adapter.amqp.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

class DeliveryFramingTest {

    private static final Instant T0 = Instant.parse("2026-01-10T10:00:00.5Z");

    private static final Delivery RETRYING = new Delivery("d-1", "ev-1", "datagen.delivery", "ep-1", "acme",
            "https://hooks.example.com/in", DeliveryStatus.RETRYING, 2,
            List.of(new Attempt(1, T0, 500, 12, "HTTP 500", null), new Attempt(2, T0.plusSeconds(3), null, 10_000, "timed out", null)),
            "timed out", T0, T0.plusSeconds(3), T0.plusSeconds(6), "{\"event_type\":\"datagen.delivery\",\"data\":{\"x\":\"\u00e9\"}}");

    @Test
    void aDeliveryComesBackAsItWas() throws Exception {
        Delivery fresh = Delivery.pending("ev-2", "aisensy.message.status.updated", "ep-2", "acme", "https://x.example/h", "{}", T0);

        assertThat(DeliveryFraming.decode(DeliveryFraming.encode(RETRYING))).isEqualTo(RETRYING);
        assertThat(DeliveryFraming.decode(DeliveryFraming.encode(fresh))).isEqualTo(fresh);
    }

    @Test
    void attemptsTravelWithoutTheReceiversAnswer() throws Exception {
        Delivery answered = RETRYING.after(new Attempt(3, T0.plusSeconds(6), 200, 5, null, "thanks"), DeliveryStatus.DELIVERED,
                3, null, null, T0.plusSeconds(6));

        Delivery decoded = DeliveryFraming.decode(DeliveryFraming.encode(answered));

        assertThat(decoded.attempts()).hasSize(3);
        assertThat(decoded.attempts().get(2).responseBody()).isNull();
        assertThat(decoded.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(decoded.nextAttemptAt()).isNull();
    }

    @Test
    void theSnapshotIsAReadableJsonLineAndThePayloadFollowsItByteForByte() {
        String message = new String(DeliveryFraming.encode(RETRYING), StandardCharsets.UTF_8);

        String[] lines = message.split("\n", 2);
        assertThat(lines[0]).startsWith("{\"v\":2,").contains("\"status\":\"RETRYING\"", "\"nextAttemptAt\":\"2026-01-10T10:00:06.500Z\"")
                .doesNotContain("payload");
        assertThat(lines[1]).isEqualTo(RETRYING.payload());
    }

    @Test
    void aPayloadIsKeptExactlyEvenWithNewlinesAndSpacing() throws Exception {
        String payload = "{ \"a\" : 1.50,\n  \"text\": \"line\\nbreak \u00e9\" }\n";
        Delivery d = new Delivery("d-2", "ev-2", "t", "ep", "acme", "https://x.example/h", DeliveryStatus.PENDING, 0,
                List.of(), null, T0, T0, T0, payload);

        assertThat(DeliveryFraming.decode(DeliveryFraming.encode(d)).payload()).isEqualTo(payload);
    }

    @Test
    void aVersion1SnapshotLeftInAQueueIsStillRead() throws Exception {
        String v1 = "{\"v\":1,\"id\":\"d-1\",\"eventId\":\"ev-1\",\"eventType\":\"datagen.delivery\",\"endpointId\":\"ep-1\","
                + "\"projectOwnerId\":\"acme\",\"url\":\"https://hooks.example.com/in\",\"status\":\"PENDING\","
                + "\"seriesAttempts\":0,\"attempts\":[],\"lastError\":null,\"createdAt\":\"2026-01-10T10:00:00.500Z\","
                + "\"updatedAt\":\"2026-01-10T10:00:00.500Z\",\"nextAttemptAt\":null,\"payload\":\"{\\\"x\\\":1}\"}";

        Delivery d = DeliveryFraming.decode(v1.getBytes(StandardCharsets.UTF_8));

        assertThat(d.id()).isEqualTo("d-1");
        assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.payload()).isEqualTo("{\"x\":1}");
    }

    @Test
    void anythingElseIsMalformed() {
        for (String message : List.of("", "not json", "[]", "{\"v\":3}\n{}", "{\"v\":1}", "{\"v\":2}", "\n{}",
                "{\"v\":1,\"id\":\"d\",\"eventId\":\"e\",\"eventType\":\"t\",\"endpointId\":\"p\",\"projectOwnerId\":\"o\","
                        + "\"url\":\"u\",\"status\":\"LOST\",\"createdAt\":\"x\",\"updatedAt\":\"x\",\"payload\":\"{}\"}")) {
            assertThatThrownBy(() -> DeliveryFraming.decode(message.getBytes(StandardCharsets.UTF_8)))
                    .as(message).isInstanceOf(MalformedMessageException.class);
        }
    }
}
