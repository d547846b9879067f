package zen.gateway.application.port.outbound.forwarding;

import java.util.concurrent.CompletableFuture;

/**
 * Sends requests to customer endpoints, without blocking the caller. The future always completes normally:
 * every failure is an outcome. Thread-safe.
 */
public interface WebhookSender extends AutoCloseable {

    CompletableFuture<SendResult> send(OutboundRequest request);

    @Override
    void close();
}
