package zen.gateway.application.port.outbound.send;

import java.util.List;

/**
 * Where the transport learns of sends waiting to go: told of each send once it is stored {@code queued} and durable
 * (new, or queued again after a throttle). The store stays the record of every send, so a transport that fails to
 * take one loses nothing: the send waits in the store for the next sweep. Thread-safe.
 */
@FunctionalInterface
public interface SendQueue {

    /** A transport whose worker finds queued sends by looking at the store. */
    SendQueue STORE_ONLY = sends -> {};

    /** These sends are stored and durable, each due at its {@code dueAt}. Never throws. */
    void queued(List<SendRecord> sends);
}
