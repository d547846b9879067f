package zen.gateway.application.port.outbound.queue;

/** An item taken from a {@link QueueTable}, with the row number that removes or releases it. */
public record Queued<T>(long seq, T item) {}
