package zen.gateway.bootstrap;

import java.util.function.Supplier;
import zen.gateway.application.port.outbound.Stores;
import zen.gateway.application.port.outbound.campaigns.CampaignStores;
import zen.gateway.application.port.outbound.queue.QueueTable;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * The storage the gateway runs on, whichever technology backs it: its stores (and the campaign stores); the table the embedded transport
 * queues webhooks in (the selected PostgreSQL, or else a local H2 file of its own under {@code <dataDir>/queue}),
 * made only if that transport is used; that local file's table, which is also the spill of a queue that is not
 * local ({@code envelopeTable} and {@code localTable} are the same where the queue is local); what makes the stores'
 * commits survive a crash (a processed batch's writes must be durable before its envelopes leave the queue); a
 * real round trip for the health check; and what releases the connections.
 */
record Storage(
        String kind,
        Stores stores,
        CampaignStores campaigns,
        Supplier<QueueTable<InboundEnvelope>> envelopeTable,
        Supplier<QueueTable<InboundEnvelope>> localTable,
        Runnable makeDurable,
        Runnable ping,
        AutoCloseable closer) {

    /** Whether the embedded transport's queue lives in this node's own file, so that nothing can take it away. */
    boolean queueIsLocal() {
        return envelopeTable == localTable;
    }
}
