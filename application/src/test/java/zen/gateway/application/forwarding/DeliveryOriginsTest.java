package zen.gateway.application.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.inmemory.ImmediateAttemptRecorder;
import zen.gateway.application.inmemory.InMemoryDeliveryStore;
import zen.gateway.application.inmemory.InMemoryEndpointStore;
import zen.gateway.application.inmemory.InMemorySharedCache;
import zen.gateway.application.inmemory.ScriptedSender;
import zen.gateway.application.port.outbound.forwarding.OutboundRequest;
import zen.gateway.application.port.outbound.observe.Tracing;
import zen.gateway.application.secrets.AesGcmSecretBox;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.RetryPolicy;
import zen.gateway.domain.delivery.RetrySchedule;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

/** A delivery's origin (request id, trace context) goes out with its attempts, and is let go once it is finished. */
class DeliveryOriginsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryEndpointStore endpointStore = new InMemoryEndpointStore();
    private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    private final ScriptedSender sender = new ScriptedSender();
    private final DeliveryOrigins origins = new DeliveryOrigins();

    /** A tracing that writes a fixed context and remembers the parents it was given. */
    private static final class FixedTracing implements Tracing {
        Map<String, String> parent;

        @Override
        public Span start(String name, Kind kind, Map<String, String> parent) {
            this.parent = parent;
            return new Span() {
                @Override
                public void inject(Map<String, String> headers) {
                    headers.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
                }

                @Override
                public void attribute(String key, String value) {}

                @Override
                public void failed(String reason) {}

                @Override
                public void close() {}
            };
        }
    }

    @Test
    void attemptsCarryTheRequestIdAndTheAttemptsTraceContext() {
        FixedTracing tracing = new FixedTracing();
        EndpointDirectory directory = new EndpointDirectory(endpointStore, new AesGcmSecretBox(new byte[32]),
                new InMemorySharedCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
        ForwardDeliveryService forward = new ForwardDeliveryService(directory, endpointStore, sender,
                new RetryPolicy(RetrySchedule.legacyDefault()), new ImmediateAttemptRecorder(deliveries), deliveries, clock,
                origins, tracing);
        endpointStore.save(new Endpoint("ep-1", "p1", URI.create("https://hooks.example.com/zen"), "shh",
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", List.of(TopicPattern.EVERYTHING), Set.of(), EndpointState.ACTIVE,
                null, NOW, NOW));
        Delivery delivery = Delivery.pending("evt-1", "datagen.delivery", "ep-1", "p1", "https://hooks.example.com/zen",
                "{}", NOW);
        deliveries.insertNew(List.of(delivery));
        Map<String, String> origin = Map.of("x-request-id", "req-1", "traceparent", "00-0af7651916cd43dd8448eb211c80319c-00f067aa0ba902b7-01");
        origins.remember(delivery.id(), origin);

        forward.attempt(delivery).join();

        OutboundRequest request = sender.requests.getFirst();
        assertThat(request.headers()).containsEntry("X-Request-Id", "req-1")
                .containsEntry("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(tracing.parent).isEqualTo(origin);
        assertThat(origins.of(delivery.id())).as("delivered: let go").isEmpty();
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheOldest() {
        for (int i = 0; i <= DeliveryOrigins.CAPACITY; i++) {
            origins.remember("d-" + i, Map.of("x-request-id", "r-" + i));
        }
        assertThat(origins.of("d-0")).isEmpty();
        assertThat(origins.of("d-" + DeliveryOrigins.CAPACITY)).containsEntry("x-request-id", "r-" + DeliveryOrigins.CAPACITY);
        origins.remember("empty", Map.of());
        assertThat(origins.of("empty")).isEmpty();
    }
}
