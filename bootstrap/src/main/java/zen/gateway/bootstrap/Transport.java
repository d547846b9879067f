package zen.gateway.bootstrap;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.function.LongSupplier;
import zen.gateway.adapter.amqp.RabbitTransport;
import zen.gateway.adapter.embedded.EmbeddedEnvelopeQueue;
import zen.gateway.adapter.embedded.EmbeddedForwarding;
import zen.gateway.application.port.inbound.forwarding.ForwardDeliveryUseCase;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.inbound.quarantine.QuarantineInputUseCase;
import zen.gateway.application.port.outbound.forwarding.DeliveryLeases;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.bootstrap.config.GatewayConfiguration;
import zen.gateway.bootstrap.health.RabbitHealthCheck;

/**
 * Where envelopes wait to be processed and deliveries to be sent, whichever transport carries them: the out-ports
 * the use cases publish to, how processing is started, and what waits (for a gauge). Made by {@link #embedded} or
 * {@link #rabbitmq}, which also register the transport with Dropwizard's lifecycle.
 */
record Transport(EnvelopePublisher envelopes, ForwardingQueue forwarding, Consumption consumption, LongSupplier backlog) {

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
        Runnable makeDurable = storage.makeDurable();
        return new Transport(envelopes, forwarding.queue(), (processing, quarantine) -> envelopes.consume(batch -> {
            processing.process(batch);
            makeDurable.run();
        }), envelopes::backlog);
    }

    /** RabbitMQ carries both, between every node; retries wait in its delay queues. */
    static Transport rabbitmq(GatewayConfiguration config, Environment environment, ForwardDeliveryUseCase forward,
            DeliveryLeases leases) {
        RabbitTransport rabbit = RabbitTransport.connect(config.rabbitSettings());
        environment.lifecycle().manage(new ClosingManaged(rabbit));
        environment.healthChecks().register("rabbitmq", new RabbitHealthCheck(rabbit));
        rabbit.startForwarding(forward, leases);
        return new Transport(rabbit.envelopes(), rabbit.forwardingQueue(), rabbit::consumeEnvelopes, rabbit::envelopeBacklog);
    }
}
