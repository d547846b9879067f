package zen.gateway.application.port.inbound.send;

import java.time.Duration;
import java.util.Optional;

/**
 * Sending one message: checked, stored as {@code queued} (durable before this returns), then sent by a worker. A
 * repeated idempotency key returns the first send and sends nothing.
 */
public interface SendMessageUseCase {

    /**
     * @throws IllegalArgumentException naming what is wrong with the request
     * @throws NoSenderException        when the project has no sender
     */
    SendReceipt send(SendCommand command);

    /**
     * The send once the provider answered (accepted, failed or unknown), waiting at most {@code patience}; empty
     * when it is still queued or sending then.
     */
    Optional<SentMessage> awaitOutcome(String messageId, Duration patience);
}
