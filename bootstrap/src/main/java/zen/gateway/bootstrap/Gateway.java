package zen.gateway.bootstrap;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zen.gateway.adapter.embedded.attempts.BatchingAttemptRecorder;
import zen.gateway.adapter.embedded.cache.LocalOnlyCache;
import zen.gateway.adapter.embedded.dedup.InProcessDedupFilter;
import zen.gateway.adapter.inbound.http.AuditResource;
import zen.gateway.adapter.inbound.http.BodyReadDeadline;
import zen.gateway.adapter.inbound.http.ConversationsResource;
import zen.gateway.adapter.inbound.http.DeliveriesResource;
import zen.gateway.adapter.inbound.http.EndpointsResource;
import zen.gateway.adapter.inbound.http.HealthResource;
import zen.gateway.adapter.inbound.http.HttpAdapter;
import zen.gateway.adapter.inbound.http.KeysResource;
import zen.gateway.adapter.inbound.http.MessagesResource;
import zen.gateway.adapter.inbound.http.ProjectsResource;
import zen.gateway.adapter.inbound.http.QuarantineResource;
import zen.gateway.adapter.inbound.http.RequestIdFilter;
import zen.gateway.adapter.inbound.http.UnreadBodyDrain;
import zen.gateway.adapter.inbound.http.UsageResource;
import zen.gateway.adapter.inbound.http.WebhookServlet;
import zen.gateway.adapter.outbound.http.HttpForwarding;
import zen.gateway.adapter.outbound.redis.RedisSupport;
import zen.gateway.application.conversations.ConversationService;
import zen.gateway.application.campaigns.CampaignFunnelUpdates;
import zen.gateway.application.campaigns.CampaignSendEvents;
import zen.gateway.application.campaigns.RecipientProgress;
import zen.gateway.application.campaigns.StopKeywords;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.endpoints.EndpointManagementService;
import zen.gateway.application.forwarding.DeadLetterService;
import zen.gateway.application.forwarding.DeliveryLogService;
import zen.gateway.application.forwarding.DeliveryOrigins;
import zen.gateway.application.forwarding.DeliveryPlanner;
import zen.gateway.application.forwarding.ForwardDeliveryService;
import zen.gateway.application.ingest.IngestWebhookService;
import zen.gateway.application.ingest.ProcessEnvelopesService;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.inbound.ingest.IngestWebhookUseCase;
import zen.gateway.application.port.inbound.send.SendMessageUseCase;
import zen.gateway.application.port.outbound.Stores;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.application.port.outbound.dedup.DedupFilter;
import zen.gateway.application.port.outbound.observe.Tracing;
import zen.gateway.application.projects.ProjectDirectory;
import zen.gateway.application.projects.ProjectNumbersService;
import zen.gateway.application.port.outbound.secrets.SecretBox;
import zen.gateway.application.quarantine.QuarantineService;
import zen.gateway.application.retention.RetentionService;
import zen.gateway.application.secrets.SealingEndpointStore;
import zen.gateway.application.secrets.SealingSenderStore;
import zen.gateway.application.send.FanOutSendEvents;
import zen.gateway.application.send.SendQueryService;
import zen.gateway.application.tracking.EventTracker;
import zen.gateway.application.tracking.MessageQueryService;
import zen.gateway.application.tracking.TrackMessageService;
import zen.gateway.application.usage.UsageService;
import zen.gateway.application.verify.WebhookVerifier;
import zen.gateway.application.verify.WebhookVerifiers;
import zen.gateway.bootstrap.admin.AdminGate;
import zen.gateway.bootstrap.admin.AdminPort;
import zen.gateway.bootstrap.config.EnvironmentVariables;
import zen.gateway.bootstrap.config.GatewayConfiguration;
import zen.gateway.bootstrap.config.HealthConfig;
import zen.gateway.bootstrap.config.RetentionConfig;
import zen.gateway.bootstrap.config.WebhooksConfig;
import zen.gateway.bootstrap.health.RedisHealthCheck;
import zen.gateway.bootstrap.health.StoreHealthCheck;
import zen.gateway.bootstrap.health.ForwardingHealthCheck;
import zen.gateway.bootstrap.health.IngestHealthCheck;
import zen.gateway.bootstrap.health.VerificationHealthCheck;
import zen.gateway.bootstrap.metrics.CountedSendEvents;
import zen.gateway.bootstrap.metrics.Gauges;
import zen.gateway.bootstrap.metrics.MeteredIngest;
import zen.gateway.bootstrap.metrics.PrometheusMetrics;
import zen.gateway.bootstrap.metrics.TimedAttemptLog;
import zen.gateway.bootstrap.metrics.TimedDeliveryLeases;
import zen.gateway.bootstrap.metrics.TimedDeliveryPlans;
import zen.gateway.bootstrap.metrics.TimedMessageUpdates;
import zen.gateway.bootstrap.observe.TracedIngest;
import zen.gateway.bootstrap.observe.Tracings;
import zen.gateway.bootstrap.tasks.InvalidateCachesTask;
import zen.gateway.bootstrap.tasks.ProjectForwardingTask;
import zen.gateway.bootstrap.tasks.PurgeExpiredTask;
import zen.gateway.bootstrap.tasks.ReplayDeadLettersTask;
import zen.gateway.bootstrap.tasks.ResetCircuitBreakerTask;
import zen.gateway.bootstrap.tasks.RetentionSchedule;
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
        MetricRegistry metrics = environment.metrics();
        PrometheusMetrics prometheus = new PrometheusMetrics(metrics);
        Duration cacheTtl = config.lookupCacheTtl.toJavaDuration();

        Tracings.Chosen tracing = Tracings.choose(config.environment());
        if (tracing.closer() != null) {
            environment.lifecycle().manage(new ClosingManaged(tracing.closer())); // closed last: flushes every span
        }
        DeliveryOrigins origins = new DeliveryOrigins();

        Storage storage = StorageFactory.open(config, environment);
        environment.lifecycle().manage(new ClosingManaged(storage.closer()));
        environment.healthChecks().register("store", new StoreHealthCheck(storage.kind(), storage.ping()));
        SecretBox box = AccessControl.secretBox(config);
        SealingEndpointStore sealedEndpoints = new SealingEndpointStore(storage.stores().endpoints(), box);
        int sealed = sealedEndpoints.sealUnsealed();
        if (sealed > 0) {
            LOG.info("Sealed the secrets of {} endpoints stored before secrets were sealed at rest", sealed);
        }
        // every use of the endpoint store goes through the seal: nothing writes a secret in the clear
        // and BSP credentials likewise
        Stores stores = storage.stores().withEndpoints(sealedEndpoints)
                .withSenders(new SealingSenderStore(storage.stores().senders(), box));

        HttpForwarding http = HttpForwarding.start(config.forwarding.senderSettings(config.environment()));
        environment.lifecycle().manage(new ClosingManaged(http));

        InProcessDedupFilter localDedup = new InProcessDedupFilter(clock, config.dedupWindow.toJavaDuration(), 1_000_000);
        DedupFilter dedup = localDedup;
        SharedCache shared = new LocalOnlyCache();
        if (config.redisUrl() != null) {
            RedisSupport redis = RedisSupport.connect(config.redisSettings());
            environment.lifecycle().manage(new ClosingManaged(redis));
            environment.healthChecks().register("redis", new RedisHealthCheck(redis));
            Gauges.redis(metrics, redis);
            dedup = redis.dedupFilter(localDedup);
            shared = redis.sharedCache();
        }
        ProjectDirectory projects = new ProjectDirectory(stores.projectNumbers(), shared, cacheTtl, SHARED_TTL, clock);
        EndpointDirectory endpoints = new EndpointDirectory(stores.endpoints(), box, shared, cacheTtl, SHARED_TTL, clock);
        AccessControl access = AccessControl.assemble(config, stores, shared, cacheTtl, SHARED_TTL, clock);

        BatchingAttemptRecorder recorder =
                new BatchingAttemptRecorder(new TimedAttemptLog(stores.deliveries(), metrics, prometheus), 100, storage.makeDurable());
        environment.lifecycle().manage(new ClosingManaged(recorder));
        ForwardDeliveryService forward = new ForwardDeliveryService(endpoints, stores.endpoints(), http.sender(),
                new RetryPolicy(config.forwarding.schedule()), recorder, stores.deliveries(), clock, origins, tracing.tracing());
        TimedDeliveryLeases leases = new TimedDeliveryLeases(stores.deliveries(), metrics);
        Transport transport = config.rabbitmqUrl() != null
                ? Transport.rabbitmq(config, environment, storage, forward, leases, clock)
                : Transport.embedded(config, environment, storage, forward, leases, clock);

        Normalizers normalizers = Normalizers.standard();
        QuarantineService quarantine = new QuarantineService(stores.quarantine());
        DeliveryPlanner planner = new DeliveryPlanner(endpoints, new TimedDeliveryPlans(stores.deliveries(), metrics),
                stores.deliveries(), transport.forwarding(), clock, origins);
        // campaign recipients follow their messages: the send worker's answers and the status webhooks
        RecipientProgress campaignProgress = new RecipientProgress(storage.campaigns().recipients(), stores.messages());
        // send outcomes are fanned out like status events
        Sending sending = Sending.prepare(config, stores,
                new CountedSendEvents(new CampaignSendEvents(new FanOutSendEvents(planner), campaignProgress), prometheus), clock);
        ProcessEnvelopesService processing = new ProcessEnvelopesService(normalizers, dedup,
                new EventTracker(new CampaignFunnelUpdates(new TimedMessageUpdates(stores.messages(), metrics), campaignProgress),
                        stores.messages(), stores.inbound(), projects, sending.echoes()),
                planner, stores.quarantine(), tracing.tracing(),
                new StopKeywords(storage.campaigns().optOuts(), config.campaigns.settings(), clock));
        Meter processed = metrics.meter("zen.processing.envelopes");
        transport.consumption().start(batch -> {
            processing.process(batch);
            processed.mark(batch.size());
        }, quarantine);
        Gauges.backlogs(metrics, transport.backlog()::getAsLong, stores.deliveries()::unfinished);
        prometheus.backlogs(Gauges.BACKLOGS);
        prometheus.breakers(http.circuitBreakers());
        HealthConfig health = config.healthThresholds;
        environment.healthChecks().register("ingest", new IngestHealthCheck(transport.backlog(), health.maxInboundBacklog,
                health.maxBacklogGrowth, health.backlogWindow.toJavaDuration(), System::nanoTime));
        environment.healthChecks().register("forwarding", new ForwardingHealthCheck(stores.deliveries()::unfinished,
                http.circuitBreakers(), health.maxUnfinishedDeliveries, health.maxOpenBreakers));

        EndpointManagementService endpointManagement =
                new EndpointManagementService(stores.endpoints(), endpoints, http.destinationPolicy(), clock);
        DeadLetterService deadLetters = new DeadLetterService(stores.deliveries(), stores.deliveries(), transport.forwarding(), clock);
        WebhookVerifier verifier = WebhookVerifiers.byBsp(config.webhooks.verifierSettings(config.environment()),
                config.webhooks.allowedUnverified(config.environment()));
        registerWebhooks(config, environment, verifier, new IngestWebhookService(normalizers, verifier,
                config.webhooks.quarantineRejected, transport.envelopes(), stores.quarantine(), clock), prometheus,
                tracing.tracing());
        MessageQueryService messageQueries = new MessageQueryService(stores.messages());
        var jersey = environment.jersey();
        HttpAdapter.errorMappers().forEach(jersey::register);
        HttpAdapter.inputChecks().forEach(jersey::register);
        HttpAdapter.accessControl(access.keys(), access.audit(), environment.getObjectMapper()).forEach(jersey::register);
        jersey.register(new KeysResource(access.keys()));
        jersey.register(new AuditResource(access.audit()));
        jersey.register(new HealthResource());
        ConversationService conversations = new ConversationService(stores.inbound(), stores.messages());
        jersey.register(new MessagesResource(messageQueries, messageQueries, messageQueries,
                new TrackMessageService(stores.messages(), stores.messages(), clock), conversations,
                new SendQueryService(stores.sends(), stores.messages())));
        jersey.register(new ConversationsResource(conversations, clock));
        jersey.register(new UsageResource(new UsageService(stores.messages(), stores.inbound(), clock)));
        jersey.register(new QuarantineResource(quarantine));
        ProjectNumbersService projectNumbers = new ProjectNumbersService(stores.projectNumbers(), projects);
        jersey.register(new ProjectsResource(projectNumbers));
        SendMessageUseCase sendUseCase = sending.start(environment, storage.makeDurable(), http.destinationPolicy(),
                projectNumbers, conversations, transport.sends());
        Campaigns.assemble(config, environment, stores, storage.campaigns(), sendUseCase, campaignProgress, planner, clock);
        jersey.register(new EndpointsResource(endpointManagement));
        jersey.register(new DeliveriesResource(
                new DeliveryLogService(stores.deliveries(), stores.endpoints(), http.circuitBreakers()), deadLetters));

        var admin = environment.admin();
        admin.addServlet("prometheus", prometheus.servlet()).addMapping("/prometheus");
        Gauges.lookups(metrics, projects, endpoints);
        ReplayDeadLettersTask replay = new ReplayDeadLettersTask(deadLetters);
        ProjectForwardingTask pause = new ProjectForwardingTask(endpointManagement, true);
        ProjectForwardingTask resume = new ProjectForwardingTask(endpointManagement, false);
        List.of(replay, pause, resume).forEach(admin::addTask);
        admin.addTask(new ResetCircuitBreakerTask(http.circuitBreakers()));
        admin.addTask(new InvalidateCachesTask(endpoints, projects, access.directory()));
        admin.addTask(new PurgeExpiredTask(retention(config, stores, metrics, clock, environment)));
        AdminPort.bind(config.getServerFactory(), config.environment().value(EnvironmentVariables.ADMIN_BIND).orElse(null));
        AdminPort.protect(environment, new AdminGate(access.keys(), access.audit(), List.of(replay, pause, resume),
                config.auth.protectHealthAndMetrics));
    }

    /** The retention purge of every store, scheduled (unless disabled) and offered to the admin task. */
    private static RetentionSchedule retention(GatewayConfiguration config, Stores stores, MetricRegistry metrics, Clock clock,
            Environment environment) {
        RetentionConfig retention = config.retention;
        RetentionService purge = new RetentionService(List.of(
                new RetentionService.Kind("messages", stores.messages(), retention.messages.toJavaDuration()),
                new RetentionService.Kind("conversations", stores.inbound(), retention.conversations.toJavaDuration()),
                new RetentionService.Kind("delivery_logs", stores.deliveries(), retention.deliveryLogs.toJavaDuration()),
                new RetentionService.Kind("quarantine", stores.quarantine(), retention.quarantine.toJavaDuration()),
                new RetentionService.Kind("audit", stores.audit(), retention.audit.toJavaDuration())),
                retention.batchSize, retention.maxBatchesPerRun, clock);
        RetentionSchedule schedule = new RetentionSchedule(purge, metrics, retention.every.toJavaDuration(), retention.enabled);
        environment.lifecycle().manage(schedule);
        return schedule;
    }

    /** The webhook servlet (asynchronous: a webhook is answered when it is durable) and the filter in front of it. */
    private static void registerWebhooks(GatewayConfiguration config, Environment environment, WebhookVerifier verifier,
            IngestWebhookService ingest, PrometheusMetrics prometheus, Tracing tracing) {
        IngestWebhookUseCase traced = tracing.enabled() ? new TracedIngest(ingest, tracing) : ingest;
        WebhooksConfig webhooks = config.webhooks;
        warnAboutUnverifiedSources(webhooks.unverifiedSources(config.environment()),
                webhooks.allowedUnverified(config.environment()), verifier, environment);
        var webhookServlet = environment.servlets().addServlet("webhooks", new WebhookServlet(
                new MeteredIngest(traced, environment.metrics(), prometheus), webhooks.settings(config.maxBodyBytes, config.environment())));
        webhookServlet.setAsyncSupported(true);
        webhookServlet.addMapping(WebhookServlet.MAPPINGS.toArray(String[]::new));
        var requestIds = environment.servlets().addFilter("request-id", new RequestIdFilter());
        requestIds.setAsyncSupported(true);
        requestIds.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        var deadline = environment.servlets().addFilter("body-read-deadline",
                new BodyReadDeadline(config.bodyReadDeadline.toJavaDuration()));
        deadline.setAsyncSupported(true);
        deadline.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        var drain = environment.servlets().addFilter("unread-body-drain", new UnreadBodyDrain(config.maxBodyBytes));
        drain.setAsyncSupported(true);
        drain.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    }

    private static void warnAboutUnverifiedSources(List<Bsp> unverified, Set<Bsp> allowed, WebhookVerifier verifier,
            Environment environment) {
        List<Bsp> open = unverified.stream().filter(allowed::contains).toList();
        List<Bsp> refusing = unverified.stream().filter(bsp -> !allowed.contains(bsp)).toList();
        if (!open.isEmpty()) {
            LOG.warn("Webhooks from {} are accepted unverified, as webhooks.allowUnverified says: configure "
                    + "webhooks.sources (signing secrets, shared tokens or IP allowlists) before exposing them", open);
        }
        if (!refusing.isEmpty()) {
            LOG.info("Webhooks from {} are refused (401): nothing verifies them; configure webhooks.sources, or list them "
                    + "in webhooks.allowUnverified", refusing);
        }
        environment.healthChecks().register("webhook-verification", new VerificationHealthCheck(verifier, allowed));
    }
}
