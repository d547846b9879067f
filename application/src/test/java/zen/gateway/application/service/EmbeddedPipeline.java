package zen.gateway.application.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import zen.gateway.application.embedded.LocalOnlyCache;
import zen.gateway.application.embedded.InMemoryDeliveryStore;
import zen.gateway.application.embedded.InMemoryEndpointStore;
import zen.gateway.application.embedded.InMemoryMessageStore;
import zen.gateway.application.embedded.InMemoryProjectNumberStore;
import zen.gateway.application.embedded.InMemoryQuarantineStore;
import zen.gateway.application.embedded.InProcessDedupFilter;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.outbound.InboundEnvelope;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.event.Bsp;

/** The processing side of the gateway over in-memory adapters, with the planned deliveries kept for inspection. */
final class EmbeddedPipeline {

    final Clock clock;
    final InMemoryMessageStore messages = new InMemoryMessageStore();
    final InMemoryProjectNumberStore numbers = new InMemoryProjectNumberStore();
    final InMemoryEndpointStore endpointStore = new InMemoryEndpointStore();
    final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    final InMemoryQuarantineStore quarantine = new InMemoryQuarantineStore();
    final List<Delivery> submitted = new ArrayList<>();
    final ProjectDirectory projects;
    final EndpointDirectory endpoints;
    final ProcessEnvelopesService process;

    EmbeddedPipeline(Clock clock) {
        this.clock = clock;
        this.projects = new ProjectDirectory(numbers, new LocalOnlyCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
        this.endpoints = new EndpointDirectory(endpointStore, new LocalOnlyCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
        this.process = new ProcessEnvelopesService(Normalizers.standard(), new InProcessDedupFilter(clock, Duration.ofHours(24), 10_000),
                messages, projects, endpoints, deliveries, quarantine, submitted::addAll, clock);
    }

    InboundEnvelope envelope(Bsp bsp, String body) {
        return new InboundEnvelope(UUID.randomUUID().toString(), bsp, clock.instant(), 0, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    void receive(Bsp bsp, String... bodies) {
        List<InboundEnvelope> batch = new ArrayList<>();
        for (String body : bodies) {
            batch.add(envelope(bsp, body));
        }
        process.handle(batch);
    }

    static String datagenStatus(String mid, String status, long millis, String business) {
        return """
                {"channel":"WABA","recipient":{"to":"919800000001","recipient_type":"individual"},
                 "campaignId":"camp-1","sender":{"from":"%s"},
                 "events":{"eventType":"DELIVERY EVENTS","timestamp":"%d","mid":"%s"},
                 "notificationAttributes":{"status":"%s","reason":"r","code":"131026"}}
                """.formatted(business, millis, mid, status);
    }

    static Instant at(long millis) {
        return Instant.ofEpochMilli(millis);
    }
}
