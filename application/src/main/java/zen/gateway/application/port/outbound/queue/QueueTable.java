package zen.gateway.application.port.outbound.queue;

import java.time.Instant;
import java.util.List;

/**
 * A durable queue kept as a table of the store, for the transport that needs no broker: rows in, rows out, and
 * claims so that several nodes sharing the table take different rows. The transport brings the threads (group
 * commits, polling); the table only stores. Thread-safe.
 *
 * @param <T> what one row carries
 */
public interface QueueTable<T> {

    /** Inserts the items in one transaction; returns once it committed. */
    void append(List<T> items);

    /**
     * Whether a commit alone survives a crash of the process. Where it does not (H2, which writes changed pages
     * later), {@link #makeDurable()} must run before anyone is told that an item is safe.
     */
    boolean commitsAreDurable();

    /** Makes every commit so far survive a crash; nothing to do where commits are durable already. */
    void makeDurable();

    /**
     * The next {@code limit} items, highest priority first, then oldest, claimed until {@code leaseUntil} against
     * other consumers of a shared table; a claim left by a consumer that died ends with its lease.
     */
    List<Queued<T>> claimNext(int limit, Instant now, Instant leaseUntil);

    /** Gives claimed items back at once, for someone to take again. */
    void release(List<Queued<T>> items);

    /** Removes items whose processing is finished. */
    void remove(List<Queued<T>> items);

    /** The rows in the table, claimed ones included. */
    long count();

    /** The bytes of the rows' payloads (what bounds a table that must not fill a disk), claimed ones included. */
    long payloadBytes();
}
