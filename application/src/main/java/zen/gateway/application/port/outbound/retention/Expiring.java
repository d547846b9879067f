package zen.gateway.application.port.outbound.retention;

import java.time.Instant;

/**
 * A store whose records expire. Each call is one short write of at most {@code limit} records, so that a purge of
 * millions never holds locks or a transaction for long next to ingest. Thread-safe.
 */
public interface Expiring {

    /**
     * Removes at most {@code limit} records older than {@code cutoff} (each store says by which of its times) and
     * returns how many it removed; fewer than {@code limit} means none is left.
     */
    int removeOlderThan(Instant cutoff, int limit);
}
