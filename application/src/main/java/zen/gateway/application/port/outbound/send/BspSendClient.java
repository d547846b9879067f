package zen.gateway.application.port.outbound.send;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import zen.gateway.domain.send.SendProvider;

/**
 * Sends messages through one provider's API, without blocking the caller. No retries, pacing or circuit breaking
 * inside: the outcome tells the caller what is safe. Thread-safe.
 */
public interface BspSendClient {

    SendProvider provider();

    /**
     * One request to the provider. The future always completes normally: every failure, including an account
     * whose credentials are incomplete, is an outcome.
     *
     * @throws IllegalArgumentException at once when the account belongs to another provider (a wiring mistake)
     */
    CompletableFuture<SendOutcome> send(SenderAccount account, OutgoingMessage message);

    /**
     * What is wrong with these credentials for this provider: each missing, blank, malformed or unknown field,
     * in words fit for an API caller. Empty when they are complete.
     */
    List<String> credentialProblems(Map<String, String> credentials);
}
