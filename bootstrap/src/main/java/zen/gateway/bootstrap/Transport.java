package zen.gateway.bootstrap;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.function.LongSupplier;
import zen.gateway.adapter.amqp.RabbitTransport;
import zen.gateway.adapter.embedded.EmbeddedEnvelopeQueue;
import zen.gateway.adapter.embedded.EmbeddedForwarding;
import zen.gateway.adapter.embedded.SpillOver;
import zen.gateway.application.port.inbound.forwarding.ForwardDeliveryUseCase;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.inbound.quarantine.QuarantineInputUseCase;
import zen.gateway.application.port.outbound.forwarding.DeliveryLeases;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.bootstrap.config.GatewayConfiguration;
import zen.gateway.bootstrap.health.RabbitHealthCheck;
import zen.gateway.bootstrap.health.SpillHealthCheck;
import zen.gateway.bootstrap.metrics.Gauges;

/**
 * Where envelopes wait to be processed, and deliveries and messages to be sent, whichever transport carries them: the
 * out-ports the use cases publish to, how processing is started, what waits (for a gauge), and how sends are driven.
 * Made by {@link #embedded} or {@link #rabbitmq}, which also register the transport with Dropwizard's lifecycle.
 */
record Transport(EnvelopePublisher envelopes, ForwardingQueue forwarding, Consumption consumption, LongSupplier backlog,
        SendDrive sends) {

    /** How a transport starts handing envelopes to processing; unreadable messages go to the quarantine. */
    @FunctionalInterface
    interface Consumption {
        void start(ProcessEnvelopesUseCase processing, QuarantineInputUseCase quarantine);
    }

    /**
     * The store is the queue: envelopes in its queue table, deliveries claimed from its delivery log when due. A
     * processed batch's writes are made durable before its envelopes leave the table.
     */
    static Transport embedded(GatewayConfiguration config, Environment environment, Storage storage,
            ForwardDeliveryUseCase forward, DeliveryLeases leases, Clock clock) {
        var forwardingConfig = config.forwarding;
        EmbeddedForwarding forwarding = new EmbeddedForwarding(leases, forward, forwardingConfig.maxInFlight,
                forwardingConfig.lease.toJavaDuration(), forwardingConfig.pollInterval.toJavaDuration(), clock);
        environment.lifecycle().manage(new ClosingManaged(forwarding));
        environment.metrics().registerGauge("zen.forwarding.in_flight", forwarding::inFlight);
        EmbeddedEnvelopeQueue envelopes = new EmbeddedEnvelopeQueue(storage.envelopeTable().get(), config.processingBatchSize,
                java.time.Duration.ofSeconds(1), clock);
        environment.lifecycle().manage(new ClosingManaged(envelopes));
        EnvelopePublisher publisher = storage.queueIsLocal()
                ? envelopes
                : spillingOver(envelopes, storage.kind(), config, environment, storage, clock);
        Runnable makeDurable = storage.makeDurable();
        return new Transport(publisher, forwarding.queue(), (processing, quarantine) -> envelopes.consume(batch -> {
            processing.process(batch);
            makeDurable.run();
        }), envelopes::backlog, SendDrive.polling(config.send));
    }

    /**
     * RabbitMQ carries both, between every node; retries wait in its delay queues. A broker message is acked only
     * once what processing wrote is durable on the store in use (H2 synced; PostgreSQL and MongoDB are durable when
     * they answer).
     */
    static Transport rabbitmq(GatewayConfiguration config, Environment environment, Storage storage,
            ForwardDeliveryUseCase forward, DeliveryLeases leases, Clock clock) {
        RabbitTransport rabbit = RabbitTransport.connect(config.rabbitSettings());
        environment.lifecycle().manage(new ClosingManaged(rabbit));
        environment.healthChecks().register("rabbitmq", new RabbitHealthCheck(rabbit));
        rabbit.startForwarding(forward, leases);
        EnvelopePublisher publisher = spillingOver(rabbit.envelopes(), "rabbitmq", config, environment, storage, clock);
        Runnable makeDurable = storage.makeDurable();
        return new Transport(publisher, rabbit.forwardingQueue(), (processing, quarantine) -> rabbit.consumeEnvelopes(
                batch -> {
                    processing.process(batch);
                    makeDurable.run();
                }, quarantine), rabbit::envelopeBacklog, SendDrive.rabbitmq(rabbit, config.send));
    }

    /**
     * {@code primary} with the local spill behind it: while the queue is away, webhooks are made durable in this
     * node's own file and answered 200, and moved to the queue when it is back. Closed before the primary (Dropwizard
     * stops in reverse order), so that what it holds is written first.
     */
    private static SpillOver spillingOver(EnvelopePublisher primary, String primaryName, GatewayConfiguration config,
            Environment environment, Storage storage, Clock clock) {
        SpillOver spill = new SpillOver(primary, storage.localTable().get(), config.spill.settings(), clock);
        environment.lifecycle().manage(new ClosingManaged(spill));
        environment.healthChecks().register("spill", new SpillHealthCheck(spill, primaryName));
        Gauges.spill(environment.metrics(), spill);
        return spill;
    }
}
