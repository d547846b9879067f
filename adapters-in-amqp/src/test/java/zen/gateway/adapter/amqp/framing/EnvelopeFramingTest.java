package zen.gateway.adapter.amqp.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

class EnvelopeFramingTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-10T10:00:00.123456789Z");

    private static InboundEnvelope envelope(String id, Bsp bsp, int priority, Map<String, String> headers, String body) {
        return new InboundEnvelope(id, bsp, RECEIVED, priority, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static final List<InboundEnvelope> PACK = List.of(
            envelope("env-1", Bsp.DATAGEN, 5, Map.of("content-type", "application/json", "x-sig", "h\u00e9llo \u2713"),
                    "{\"text\":\"\u0928\u092e\u0938\u094d\u0924\u0947\"}"),
            envelope("env-2", Bsp.AISENSY, 0, Map.of(), ""),
            envelope("env-\u00e9-3", Bsp.GUPSHUP, 3, Map.of("a", ""), "x".repeat(70_000)));

    @Test
    void envelopesComeBackAsTheyWere() throws Exception {
        List<InboundEnvelope> decoded = EnvelopeFraming.decode(EnvelopeFraming.encode(PACK));

        assertThat(decoded).usingRecursiveFieldByFieldElementComparator().isEqualTo(PACK);
    }

    @Test
    void theFirstByteIsTheVersion() {
        byte[] encoded = EnvelopeFraming.encode(PACK);
        assertThat(encoded[0]).isEqualTo(EnvelopeFraming.VERSION);

        encoded[0] = 2;

        assertThatThrownBy(() -> EnvelopeFraming.decode(encoded))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("version 2");
    }

    @Test
    void everyTruncationIsMalformedAndNothingElse() {
        byte[] encoded = EnvelopeFraming.encode(PACK.subList(0, 2));
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThat(catchThrowable(() -> EnvelopeFraming.decode(truncated)))
                    .as("truncated to %d bytes", length)
                    .isInstanceOf(MalformedMessageException.class);
        }
    }

    @Test
    void trailingBytesAreMalformed() {
        byte[] encoded = EnvelopeFraming.encode(PACK.subList(0, 1));
        byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);

        assertThatThrownBy(() -> EnvelopeFraming.decode(longer)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void corruptedBytesNeverEscapeAsAnotherException() {
        byte[] encoded = EnvelopeFraming.encode(PACK.subList(0, 2));
        Random random = new Random(42);
        for (int round = 0; round < 5_000; round++) {
            byte[] corrupted = encoded.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
            }
            Throwable thrown = catchThrowable(() -> EnvelopeFraming.decode(corrupted));
            assertThat(thrown).as("round %d", round).satisfiesAnyOf(
                    t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(MalformedMessageException.class));
        }
    }

    @Test
    void foreignMessagesAreMalformed() {
        List<byte[]> foreign = List.of(
                new byte[0],
                "{\"bsp\":\"datagen\",\"body\":\"...\"}".getBytes(StandardCharsets.UTF_8),
                ByteBuffer.allocate(5).put((byte) 1).putInt(Integer.MAX_VALUE).array(),
                ByteBuffer.allocate(5).put((byte) 1).putInt(-1).array());
        for (byte[] message : foreign) {
            assertThatThrownBy(() -> EnvelopeFraming.decode(message)).isInstanceOf(MalformedMessageException.class);
        }
    }

    @Test
    void anUnknownBspOrPriorityIsMalformed() {
        InboundEnvelope valid = PACK.get(1);
        byte[] encoded = EnvelopeFraming.encode(List.of(valid));
        byte[] unknownBsp = new String(encoded, StandardCharsets.ISO_8859_1).replace("aisensy", "aisensx").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> EnvelopeFraming.decode(unknownBsp))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("aisensx");

        int priorityOffset = 1 + 4 + (4 + "env-2".length()) + (4 + "aisensy".length()) + 8 + 4;
        byte[] badPriority = encoded.clone();
        badPriority[priorityOffset] = 9;
        assertThatThrownBy(() -> EnvelopeFraming.decode(badPriority))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("priority");
    }
}
