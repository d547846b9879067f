package zen.gateway.bootstrap;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Meter;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zen.gateway.adapter.inbound.amqp.RabbitTransport;
import zen.gateway.adapter.inbound.http.DeliveriesResource;
import zen.gateway.adapter.inbound.http.EndpointsResource;
import zen.gateway.adapter.inbound.http.HealthResource;
import zen.gateway.adapter.inbound.http.HttpAdapter;
import zen.gateway.adapter.inbound.http.MessagesResource;
import zen.gateway.adapter.inbound.http.ProjectsResource;
import zen.gateway.adapter.inbound.http.QuarantineResource;
import zen.gateway.adapter.inbound.http.UnreadBodyDrain;
import zen.gateway.adapter.inbound.http.WebhookServlet;
import zen.gateway.adapter.outbound.http.HttpForwarding;
import zen.gateway.adapter.outbound.http.HttpSenderSettings;
import zen.gateway.adapter.outbound.redis.RedisSettings;
import zen.gateway.adapter.outbound.redis.RedisSupport;
import zen.gateway.application.embedded.EmbeddedDeliveryScheduler;
import zen.gateway.application.embedded.InProcessDedupFilter;
import zen.gateway.application.embedded.LocalOnlyCache;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.outbound.DedupFilter;
import zen.gateway.application.port.outbound.EnvelopeQueue;
import zen.gateway.application.port.outbound.ForwardingQueue;
import zen.gateway.application.port.outbound.SharedCache;
import zen.gateway.application.service.BatchingAttemptRecorder;
import zen.gateway.application.service.DeadLetterService;
import zen.gateway.application.service.DeliveryLogService;
import zen.gateway.application.service.EndpointDirectory;
import zen.gateway.application.service.EndpointManagementService;
import zen.gateway.application.service.ForwardDeliveryService;
import zen.gateway.application.service.IngestWebhookService;
import zen.gateway.application.service.MessageQueryService;
import zen.gateway.application.service.ProcessEnvelopesService;
import zen.gateway.application.service.ProjectDirectory;
import zen.gateway.application.service.ProjectNumbersService;
import zen.gateway.application.service.TrackMessageService;
import zen.gateway.application.verify.WebhookVerifiers;
import zen.gateway.domain.delivery.RetryPolicy;
import zen.gateway.domain.event.Bsp;

/**
 * Every adapter plugged into its port, with {@code new}, in one place. Registration order is shutdown order
 * reversed: the server stops taking webhooks first, then the consumers stop (RabbitMQ, or the embedded queue and
 * scheduler), then the attempt log is flushed, the sender closes, and the stores close last.
 */
final class Gateway {

    /** How long lookups stay in the cache shared by all nodes; changes evict them at once anyway. */
    private static final Duration SHARED_TTL = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private Gateway() {}

    static void assemble(GatewayConfiguration config, Environment environment) {
        Clock clock = Clock.systemUTC();
        Duration cacheTtl = config.lookupCacheTtl.toJavaDuration();

        Stores stores = StorageFactory.open(config, environment).timed(environment.metrics());
        environment.lifecycle().manage(new ClosingManaged(stores.closer()));
        environment.healthChecks().register("store", new StoreHealthCheck(stores));

        ForwardingConfig forwardingConfig = config.forwarding;
        HttpForwarding http = HttpForwarding.start(new HttpSenderSettings(
                forwardingConfig.connectTimeout.toJavaDuration(), forwardingConfig.requestTimeout.toJavaDuration(),
                forwardingConfig.maxInFlight, forwardingConfig.breakerFailureThreshold,
                forwardingConfig.breakerOpenDuration.toJavaDuration(), forwardingConfig.breakerTrialCalls,
                forwardingConfig.allowedNetworksWithEnvironment(), HttpSenderSettings.DEFAULT_USER_AGENT));
        environment.lifecycle().manage(new ClosingManaged(http));

        Normalizers normalizers = Normalizers.standard();
        InProcessDedupFilter localDedup = new InProcessDedupFilter(clock, config.dedupWindow.toJavaDuration(), 1_000_000);
        DedupFilter dedup = localDedup;
        SharedCache shared = new LocalOnlyCache();
        if (config.redisUrl() != null) {
            RedisSupport redis = RedisSupport.connect(RedisSettings.of(config.redisUrl()).withDedupTtl(config.dedupWindow.toJavaDuration()));
            environment.lifecycle().manage(new ClosingManaged(redis));
            environment.healthChecks().register("redis", new RedisHealthCheck(redis));
            registerRedisGauges(environment, redis);
            dedup = redis.dedupFilter(localDedup);
            shared = redis.sharedCache();
        }
        ProjectDirectory projects = new ProjectDirectory(stores.projectNumbers(), shared, cacheTtl, SHARED_TTL, clock);
        EndpointDirectory endpoints = new EndpointDirectory(stores.endpoints(), shared, cacheTtl, SHARED_TTL, clock);

        BatchingAttemptRecorder recorder = new BatchingAttemptRecorder(stores.deliveries(), 100);
        environment.lifecycle().manage(new ClosingManaged(recorder));
        ForwardDeliveryService forward = new ForwardDeliveryService(endpoints, stores.endpoints(), http.sender(),
                new RetryPolicy(forwardingConfig.schedule()), recorder, clock);
        Transport transport = config.rabbitmqUrl() != null
                ? rabbitTransport(config, environment, stores, forward)
                : embeddedTransport(config, environment, stores, forward, clock);

        ProcessEnvelopesService processing = new ProcessEnvelopesService(normalizers, dedup, stores.messages(), projects,
                endpoints, stores.deliveries(), stores.quarantine(), transport.forwarding(), clock);
        Meter processed = environment.metrics().meter("zen.processing.envelopes");
        transport.envelopes().consume(batch -> {
            processing.handle(batch);
            processed.mark(batch.size());
        });
        registerBacklogGauges(environment, transport.envelopes(), stores);

        EndpointManagementService endpointManagement =
                new EndpointManagementService(stores.endpoints(), endpoints, http.destinationPolicy(), clock);
        DeadLetterService deadLetters = new DeadLetterService(stores.deliveries(), transport.forwarding(), clock);
        MessageQueryService messageQueries = new MessageQueryService(stores.messages());

        var jersey = environment.jersey();
        HttpAdapter.errorMappers().forEach(jersey::register);
        jersey.register(new HealthResource());
        WebhooksConfig webhooks = config.webhooks;
        warnAboutUnverifiedSources(webhooks, environment);
        var webhookServlet = environment.servlets().addServlet("webhooks", new WebhookServlet(new MeteredIngest(
                new IngestWebhookService(normalizers, WebhookVerifiers.byBsp(webhooks.verifierSettings()),
                        webhooks.quarantineRejected, transport.envelopes(), stores.quarantine(), clock), environment.metrics()),
                webhooks.settings(config.maxBodyBytes)));
        webhookServlet.setAsyncSupported(true);
        webhookServlet.addMapping(WebhookServlet.MAPPINGS.toArray(String[]::new));
        var drain = environment.servlets().addFilter("unread-body-drain", new UnreadBodyDrain(config.maxBodyBytes));
        drain.setAsyncSupported(true);
        drain.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        jersey.register(new MessagesResource(messageQueries, messageQueries, messageQueries,
                new TrackMessageService(stores.messages(), clock)));
        jersey.register(new QuarantineResource(stores.quarantine()));
        jersey.register(new ProjectsResource(new ProjectNumbersService(stores.projectNumbers(), projects)));
        jersey.register(new EndpointsResource(endpointManagement));
        jersey.register(new DeliveriesResource(
                new DeliveryLogService(stores.deliveries(), stores.endpoints(), http.circuitBreakers()), deadLetters));

        var admin = environment.admin();
        admin.addServlet("prometheus", new PrometheusServlet(environment.metrics())).addMapping("/prometheus");
        registerLookupGauges(environment, projects, endpoints);
        admin.addTask(new ReplayDeadLettersTask(deadLetters));
        admin.addTask(new ResetCircuitBreakerTask(http.circuitBreakers()));
        admin.addTask(new ProjectForwardingTask(endpointManagement, true));
        admin.addTask(new ProjectForwardingTask(endpointManagement, false));
        admin.addTask(new InvalidateCachesTask(endpoints, projects));
    }

    /** Where envelopes wait to be processed and deliveries to be sent. */
    private record Transport(EnvelopeQueue envelopes, ForwardingQueue forwarding) {}

    /** The store is the queue: envelopes in a table, deliveries claimed from the delivery log when due. */
    private static Transport embeddedTransport(GatewayConfiguration config, Environment environment, Stores stores,
            ForwardDeliveryService forward, Clock clock) {
        ForwardingConfig forwarding = config.forwarding;
        EmbeddedDeliveryScheduler scheduler = new EmbeddedDeliveryScheduler(stores.deliveries(), forward,
                forwarding.maxInFlight, forwarding.lease.toJavaDuration(), forwarding.pollInterval.toJavaDuration(), clock);
        environment.lifecycle().manage(new ClosingManaged(scheduler));
        environment.metrics().registerGauge("zen.forwarding.in_flight", scheduler::inFlight);
        EnvelopeQueue envelopes = stores.envelopeQueues().open(config.processingBatchSize);
        environment.lifecycle().manage(new ClosingManaged(envelopes));
        return new Transport(envelopes, scheduler);
    }

    /** RabbitMQ carries both, between every node; retries wait in its delay queues. */
    private static Transport rabbitTransport(GatewayConfiguration config, Environment environment, Stores stores,
            ForwardDeliveryService forward) {
        RabbitTransport rabbit = RabbitTransport.connect(
                config.rabbitmq.settings(config.rabbitmqUrl(), config.forwarding.schedule(), config.processingBatchSize));
        environment.lifecycle().manage(new ClosingManaged(rabbit));
        environment.healthChecks().register("rabbitmq", new RabbitHealthCheck(rabbit));
        EnvelopeQueue envelopes = rabbit.envelopeQueue(stores.quarantine());
        rabbit.startForwarding(forward, stores.deliveries());
        return new Transport(envelopes, rabbit.forwardingQueue());
    }

    private static void warnAboutUnverifiedSources(WebhooksConfig webhooks, Environment environment) {
        List<Bsp> unverified = webhooks.unverifiedSources();
        if (!unverified.isEmpty()) {
            LOG.warn("Webhooks from {} are accepted unverified: configure webhooks.sources (signing secrets, shared tokens "
                    + "or IP allowlists) before exposing them", unverified);
        }
        environment.healthChecks().register("webhook-verification", new VerificationHealthCheck(unverified));
    }

    /**
     * What waits: an operator's first question when deliveries lag. Each read may cost a query or a broker round
     * trip, so a scrape storm reads them at most once a second; -1 when it could not be read (the store or the
     * broker down: their health checks say which), rather than failing the whole metrics answer.
     */
    private static void registerBacklogGauges(Environment environment, EnvelopeQueue envelopes, Stores stores) {
        var metrics = environment.metrics();
        metrics.register("zen.queue.inbound.backlog", cachedForASecond(envelopes::backlog));
        metrics.register("zen.forwarding.unfinished", cachedForASecond(stores.deliveries()::unfinished));
    }

    private static CachedGauge<Long> cachedForASecond(Supplier<Long> value) {
        return new CachedGauge<>(1, TimeUnit.SECONDS) {
            @Override
            protected Long loadValue() {
                try {
                    return value.get();
                } catch (RuntimeException e) {
                    return -1L;
                }
            }
        };
    }

    private static void registerRedisGauges(Environment environment, RedisSupport redis) {
        var metrics = environment.metrics();
        metrics.registerGauge("zen.redis.available", redis::available);
        metrics.registerGauge("zen.redis.round_trips", redis::roundTrips);
        metrics.registerGauge("zen.redis.failures", redis::failures);
        metrics.registerGauge("zen.redis.fallbacks", redis::fallbacks);
    }

    private static void registerLookupGauges(Environment environment, ProjectDirectory projects, EndpointDirectory endpoints) {
        var metrics = environment.metrics();
        metrics.registerGauge("zen.lookup.project.local_hits", () -> projects.stats().localHits());
        metrics.registerGauge("zen.lookup.project.shared_hits", () -> projects.stats().sharedHits());
        metrics.registerGauge("zen.lookup.project.store_loads", () -> projects.stats().storeLoads());
        metrics.registerGauge("zen.lookup.endpoints.local_hits", () -> endpoints.stats().localHits());
        metrics.registerGauge("zen.lookup.endpoints.shared_hits", () -> endpoints.stats().sharedHits());
        metrics.registerGauge("zen.lookup.endpoints.store_loads", () -> endpoints.stats().storeLoads());
    }
}
