package zen.gateway.bootstrap;

import com.codahale.metrics.MetricRegistry;
import zen.gateway.application.port.outbound.DeliveryStore;
import zen.gateway.application.port.outbound.EndpointStore;
import zen.gateway.application.port.outbound.EnvelopeQueue;
import zen.gateway.application.port.outbound.MessageStore;
import zen.gateway.application.port.outbound.ProjectNumberStore;
import zen.gateway.application.port.outbound.QuarantineStore;

/**
 * The stores the gateway runs on, whichever technology backs them, plus the embedded envelope queue (kept in
 * a SQL store: the selected PostgreSQL, or else a local H2 file of its own under {@code <dataDir>/queue}). {@code ping} makes a
 * real round trip for the health check; {@code closer} releases connections.
 */
record Stores(
        String kind,
        MessageStore messages,
        ProjectNumberStore projectNumbers,
        EndpointStore endpoints,
        DeliveryStore deliveries,
        QuarantineStore quarantine,
        EnvelopeQueueFactory envelopeQueues,
        Runnable ping,
        AutoCloseable closer) {

    /** These stores with their writes timed in the metric registry. */
    Stores timed(MetricRegistry metrics) {
        return new Stores(kind, new TimedMessageStore(messages, metrics), projectNumbers, endpoints,
                new TimedDeliveryStore(deliveries, metrics), quarantine, envelopeQueues, ping, closer);
    }

    /** Makes the embedded envelope queue on demand: not needed when RabbitMQ carries envelopes. */
    @FunctionalInterface
    interface EnvelopeQueueFactory {
        EnvelopeQueue open(int batchSize);
    }
}
