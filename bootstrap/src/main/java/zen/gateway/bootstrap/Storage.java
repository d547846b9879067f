package zen.gateway.bootstrap;

import java.util.function.Supplier;
import zen.gateway.application.port.outbound.Stores;
import zen.gateway.application.port.outbound.queue.QueueTable;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * The storage the gateway runs on, whichever technology backs it: its stores; the table the embedded transport
 * queues webhooks in (the selected PostgreSQL, or else a local H2 file of its own under {@code <dataDir>/queue}),
 * made only if that transport is used; what makes the stores' commits survive a crash (a processed batch's writes
 * must be durable before its envelopes leave the queue); a real round trip for the health check; and what releases
 * the connections.
 */
record Storage(
        String kind,
        Stores stores,
        Supplier<QueueTable<InboundEnvelope>> envelopeTable,
        Runnable makeDurable,
        Runnable ping,
        AutoCloseable closer) {}
