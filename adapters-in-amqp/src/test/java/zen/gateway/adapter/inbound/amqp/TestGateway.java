package zen.gateway.adapter.inbound.amqp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import zen.gateway.application.embedded.FlakyDeliveryStore;
import zen.gateway.application.embedded.InMemoryEndpointStore;
import zen.gateway.application.embedded.InMemoryMessageStore;
import zen.gateway.application.embedded.InMemoryProjectNumberStore;
import zen.gateway.application.embedded.InMemoryQuarantineStore;
import zen.gateway.application.embedded.InProcessDedupFilter;
import zen.gateway.application.embedded.LocalOnlyCache;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.inbound.IngestResult;
import zen.gateway.application.port.inbound.IngestWebhookCommand;
import zen.gateway.application.port.outbound.EnvelopeHandler;
import zen.gateway.application.port.outbound.EnvelopeQueue;
import zen.gateway.application.port.outbound.ForwardingQueue;
import zen.gateway.application.service.BatchingAttemptRecorder;
import zen.gateway.application.service.DeadLetterService;
import zen.gateway.application.service.EndpointDirectory;
import zen.gateway.application.service.ForwardDeliveryService;
import zen.gateway.application.service.IngestWebhookService;
import zen.gateway.application.verify.WebhookVerifiers;
import zen.gateway.application.service.ProcessEnvelopesService;
import zen.gateway.application.service.ProjectDirectory;
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
    final InMemoryProjectNumberStore numbers = new InMemoryProjectNumberStore();
    final InMemoryEndpointStore endpointStore = new InMemoryEndpointStore();
    final FlakyDeliveryStore deliveries = new FlakyDeliveryStore();
    final InMemoryQuarantineStore quarantine = new InMemoryQuarantineStore();
    final InProcessDedupFilter dedup = new InProcessDedupFilter(clock, Duration.ofHours(24), 100_000);
    final EndpointDirectory endpoints =
            new EndpointDirectory(endpointStore, new LocalOnlyCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
    final ProjectDirectory projects =
            new ProjectDirectory(numbers, new LocalOnlyCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
    final WebhookSink sink = new WebhookSink();
    final HttpWebhookSender sender = new HttpWebhookSender();
    final BatchingAttemptRecorder recorder = new BatchingAttemptRecorder(deliveries, 200);
    final RabbitSettings settings;
    final RabbitTransport transport;
    final EnvelopeQueue envelopes;
    final ForwardingQueue forwarding;
    final IngestWebhookService ingest;
    final ProcessEnvelopesService process;
    final ForwardDeliveryService forward;
    final DeadLetterService deadLetters;

    TestGateway(RabbitSettings settings) {
        this.settings = settings;
        this.transport = RabbitTransport.connect(settings);
        this.envelopes = transport.envelopeQueue(quarantine);
        this.forwarding = transport.forwardingQueue();
        this.ingest = new IngestWebhookService(Normalizers.standard(), WebhookVerifiers.byBsp(Map.of()), false, envelopes,
                quarantine, clock);
        this.process = new ProcessEnvelopesService(Normalizers.standard(), dedup, messages, projects, endpoints,
                deliveries, quarantine, forwarding, clock);
        this.forward = new ForwardDeliveryService(endpoints, endpointStore, sender,
                new RetryPolicy(settings.retrySchedule()), recorder, clock);
        this.deadLetters = new DeadLetterService(deliveries, forwarding, clock);
        numbers.assign("+" + BUSINESS_NUMBER, PROJECT);
    }

    /** Starts both consumers; {@code wrap} may put something around the envelope handler. */
    TestGateway start(UnaryOperator<EnvelopeHandler> wrap) {
        startForwarding();
        envelopes.consume(wrap.apply(process));
        return this;
    }

    /** Starts the envelope consumer alone: deliveries are planned and handed over, and wait in the forwarding queue. */
    TestGateway startTracking() {
        envelopes.consume(process);
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
            recorder.close();
            sender.close();
            sink.close();
        } finally {
            Broker.deleteQueues(transport.topology());
        }
    }
}
