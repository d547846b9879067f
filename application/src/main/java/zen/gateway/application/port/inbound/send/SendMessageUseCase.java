package zen.gateway.application.port.inbound.send;

import java.time.Duration;
import java.util.List;
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
     * Many sends, made durable together (one sync for the lot): one result per command, in order, each the receipt or
     * what was wrong with that command ({@link IllegalArgumentException}, {@link NoSenderException}); one bad command
     * does not stop the others.
     */
    List<Result> sendAll(List<SendCommand> commands);

    /** A receipt, or why there is none. */
    record Result(SendReceipt receipt, RuntimeException refusal) {}

    /**
     * The send once the provider answered (accepted, failed or unknown), waiting at most {@code patience}; empty
     * when it is still queued or sending then.
     */
    Optional<SentMessage> awaitOutcome(String messageId, Duration patience);
}
