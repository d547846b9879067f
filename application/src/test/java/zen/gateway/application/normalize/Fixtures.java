package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.ingest.InboundEnvelope;

/** Webhook bodies from {@code src/test/resources/fixtures} wrapped as envelopes, and reading their results. */
final class Fixtures {

    /** When every test envelope arrived: the fallback for bodies that carry no time. */
    static final Instant RECEIVED_AT = Instant.parse("2026-01-01T12:00:00Z");

    private Fixtures() {}

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InboundEnvelope envelope(Bsp bsp, String path) {
        return envelope(bsp, bytes(path));
    }

    static InboundEnvelope envelopeOf(Bsp bsp, String body) {
        return envelope(bsp, body.getBytes(StandardCharsets.UTF_8));
    }

    static InboundEnvelope envelope(Bsp bsp, byte[] body) {
        return new InboundEnvelope("env-1", bsp, RECEIVED_AT, InboundEnvelope.CAMPAIGN_PRIORITY, Map.of(), body);
    }

    /** The events of a body that must have been recognized. */
    static List<GatewayEvent> events(Normalization normalization) {
        assertThat(normalization).isInstanceOf(Normalization.Recognized.class);
        return ((Normalization.Recognized) normalization).events().stream().map(NormalizedEvent::event).toList();
    }

    static GatewayEvent onlyEvent(Normalization normalization) {
        List<GatewayEvent> events = events(normalization);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static String reasonOf(Normalization normalization) {
        return switch (normalization) {
            case Normalization.Malformed malformed -> malformed.reason();
            case Normalization.Unrecognized unrecognized -> unrecognized.reason();
            case Normalization.Recognized recognized -> throw new AssertionError("recognized: " + recognized);
        };
    }
}
