package zen.gateway.application.port.outbound.forwarding;

import java.util.concurrent.CompletableFuture;

/**
 * Records one attempt without making the caller wait for the store: the future completes once the record is
 * written, and fails if it could not be (the delivery then stays leased and is attempted again). Thread-safe.
 */
public interface AttemptRecorder {
    CompletableFuture<Void> record(AttemptRecord record);
}
