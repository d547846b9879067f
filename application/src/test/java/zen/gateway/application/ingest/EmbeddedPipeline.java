package zen.gateway.application.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.secrets.AesGcmSecretBox;
import zen.gateway.application.forwarding.DeliveryPlanner;
import zen.gateway.application.inmemory.InMemoryDedupFilter;
import zen.gateway.application.inmemory.InMemoryDeliveryStore;
import zen.gateway.application.inmemory.InMemoryEndpointStore;
import zen.gateway.application.inmemory.InMemoryInboundMessageStore;
import zen.gateway.application.inmemory.InMemoryMessageStore;
import zen.gateway.application.inmemory.InMemoryProjectNumberStore;
import zen.gateway.application.inmemory.InMemoryQuarantineStore;
import zen.gateway.application.inmemory.InMemorySharedCache;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.outbound.dedup.DedupFilter;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.application.projects.ProjectDirectory;
import zen.gateway.application.tracking.EventTracker;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

/** The processing side of the gateway over in-memory adapters, with the planned deliveries kept for inspection. */
final class EmbeddedPipeline {

    final Clock clock;
    final InMemoryMessageStore messages = new InMemoryMessageStore();
    final InMemoryInboundMessageStore inbound = new InMemoryInboundMessageStore();
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
        this.projects = new ProjectDirectory(numbers, new InMemorySharedCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
        this.endpoints = new EndpointDirectory(endpointStore, new AesGcmSecretBox(new byte[32]), new InMemorySharedCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
        this.process = processing(new InMemoryDedupFilter(), deliveries, submitted::addAll);
    }

    /** Processing over this pipeline's stores, but with the given dedup, delivery store and forwarding queue. */
    ProcessEnvelopesService processing(DedupFilter dedup, DeliveryStore deliveryStore, ForwardingQueue forwarding) {
        return new ProcessEnvelopesService(Normalizers.standard(), dedup, new EventTracker(messages, messages, inbound, projects),
                new DeliveryPlanner(endpoints, deliveryStore, deliveryStore, forwarding, clock), quarantine);
    }

    InboundEnvelope envelope(Bsp bsp, String body) {
        return new InboundEnvelope(UUID.randomUUID().toString(), bsp, clock.instant(), 0, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** An envelope as ingest makes it for a sender whose configured checks all passed. */
    InboundEnvelope verifiedEnvelope(Bsp bsp, String body) {
        return new InboundEnvelope(UUID.randomUUID().toString(), bsp, clock.instant(), 0,
                Map.of(InboundEnvelope.VERIFIED_HEADER, "true"), body.getBytes(StandardCharsets.UTF_8));
    }

    void receive(Bsp bsp, String... bodies) {
        List<InboundEnvelope> batch = new ArrayList<>();
        for (String body : bodies) {
            batch.add(envelope(bsp, body));
        }
        process.process(batch);
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
