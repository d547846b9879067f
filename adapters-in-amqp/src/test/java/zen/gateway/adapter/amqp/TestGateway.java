package zen.gateway.adapter.amqp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.secrets.AesGcmSecretBox;
import zen.gateway.application.forwarding.DeadLetterService;
import zen.gateway.application.forwarding.DeliveryPlanner;
import zen.gateway.application.forwarding.ForwardDeliveryService;
import zen.gateway.application.ingest.IngestWebhookService;
import zen.gateway.application.ingest.ProcessEnvelopesService;
import zen.gateway.application.inmemory.FlakyDeliveryStore;
import zen.gateway.application.inmemory.ImmediateAttemptRecorder;
import zen.gateway.application.inmemory.InMemoryDedupFilter;
import zen.gateway.application.inmemory.InMemoryEndpointStore;
import zen.gateway.application.inmemory.InMemoryInboundMessageStore;
import zen.gateway.application.inmemory.InMemoryMessageStore;
import zen.gateway.application.inmemory.InMemoryProjectNumberStore;
import zen.gateway.application.inmemory.InMemoryQuarantineStore;
import zen.gateway.application.inmemory.InMemorySharedCache;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.application.port.inbound.ingest.IngestWebhookCommand;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.application.projects.ProjectDirectory;
import zen.gateway.application.quarantine.QuarantineService;
import zen.gateway.application.tracking.EventTracker;
import zen.gateway.application.verify.WebhookVerifiers;
import zen.gateway.domain.delivery.RetryPolicy;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

/**
 * The gateway's processing wired as the bootstrap wires it in production mode, over the in-memory stores and a
 * real RabbitMQ: ingest publishes to the inbound queues, the envelope consumer tracks and plans deliveries,
 * the forwarding consumer POSTs them to a local sink.
 */
final class TestGateway implements AutoCloseable {

    static final String PROJECT = "acme";
    static final String BUSINESS_NUMBER = "919800099999";

    final Clock clock = Clock.systemUTC();
    final InMemoryMessageStore messages = new InMemoryMessageStore();
    final InMemoryInboundMessageStore inbound = new InMemoryInboundMessageStore();
    final InMemoryProjectNumberStore numbers = new InMemoryProjectNumberStore();
    final InMemoryEndpointStore endpointStore = new InMemoryEndpointStore();
    final FlakyDeliveryStore deliveries = new FlakyDeliveryStore();
    final InMemoryQuarantineStore quarantine = new InMemoryQuarantineStore();
    final InMemoryDedupFilter dedup = new InMemoryDedupFilter();
    final EndpointDirectory endpoints =
            new EndpointDirectory(endpointStore, new AesGcmSecretBox(new byte[32]), new InMemorySharedCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
    final ProjectDirectory projects =
            new ProjectDirectory(numbers, new InMemorySharedCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
    final WebhookSink sink = new WebhookSink();
    final HttpWebhookSender sender = new HttpWebhookSender();
    final ImmediateAttemptRecorder recorder = new ImmediateAttemptRecorder(deliveries);
    final QuarantineService quarantined = new QuarantineService(quarantine);
    final RabbitSettings settings;
    final RabbitTransport transport;
    final EnvelopePublisher envelopes;
    final ForwardingQueue forwarding;
    final IngestWebhookService ingest;
    final ProcessEnvelopesService process;
    final ForwardDeliveryService forward;
    final DeadLetterService deadLetters;

    TestGateway(RabbitSettings settings) {
        this.settings = settings;
        this.transport = RabbitTransport.connect(settings);
        this.envelopes = transport.envelopes();
        this.forwarding = transport.forwardingQueue();
        this.ingest = new IngestWebhookService(Normalizers.standard(), WebhookVerifiers.byBsp(Map.of(), EnumSet.allOf(Bsp.class)), false, envelopes,
                quarantine, clock);
        this.process = new ProcessEnvelopesService(Normalizers.standard(), dedup, new EventTracker(messages, messages, inbound, projects),
                new DeliveryPlanner(endpoints, deliveries, deliveries, forwarding, clock), quarantine);
        this.forward = new ForwardDeliveryService(endpoints, endpointStore, sender,
                new RetryPolicy(settings.retrySchedule()), recorder, deliveries, clock);
        this.deadLetters = new DeadLetterService(deliveries, deliveries, forwarding, clock);
        numbers.assign("+" + BUSINESS_NUMBER, PROJECT);
    }

    /** Starts both consumers; {@code wrap} may put something around the envelope handler. */
    TestGateway start(UnaryOperator<ProcessEnvelopesUseCase> wrap) {
        startForwarding();
        transport.consumeEnvelopes(wrap.apply(process), quarantined);
        return this;
    }

    /** Starts the envelope consumer alone: deliveries are planned and handed over, and wait in the forwarding queue. */
    TestGateway startTracking() {
        transport.consumeEnvelopes(process, quarantined);
        return this;
    }

    TestGateway startForwarding() {
        transport.startForwarding(forward, deliveries);
        return this;
    }

    TestGateway start() {
        return start(UnaryOperator.identity());
    }

    Endpoint subscribe(String endpointId, String path) {
        Instant now = clock.instant();
        Endpoint endpoint = new Endpoint(endpointId, PROJECT, URI.create(sink.url(path).toString()), "shared-" + endpointId,
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", List.of(TopicPattern.EVERYTHING), Set.of(),
                EndpointState.ACTIVE, null, now, now);
        endpointStore.save(endpoint);
        return endpoint;
    }

    /** A webhook as Datagen sends it, through the real ingest use case; the result is what the BSP is answered. */
    IngestResult receiveDatagen(String mid, String status, long epochMillis) {
        return ingest.ingest(new IngestWebhookCommand(Bsp.DATAGEN, Map.of("content-type", "application/json"),
                datagenStatus(mid, status, epochMillis).getBytes(StandardCharsets.UTF_8))).join();
    }

    static String datagenStatus(String mid, String status, long epochMillis) {
        return """
                {"channel":"WABA","recipient":{"to":"919800000001","recipient_type":"individual"},
                 "campaignId":"camp-1","sender":{"from":"%s"},
                 "events":{"eventType":"DELIVERY EVENTS","timestamp":"%d","mid":"%s"},
                 "notificationAttributes":{"status":"%s","reason":"r","code":"131026"}}
                """.formatted(BUSINESS_NUMBER, epochMillis, mid, status);
    }

    @Override
    public void close() {
        try {
            transport.close();
            sender.close();
            sink.close();
        } finally {
            Broker.deleteQueues(transport.topology());
        }
    }
}
