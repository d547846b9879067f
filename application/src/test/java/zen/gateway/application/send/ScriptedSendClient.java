package zen.gateway.application.send;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/** A send client that answers what the test scripted, accepted by default, and records what it was given. */
final class ScriptedSendClient implements BspSendClient {

    private final Deque<SendOutcome> script = new ArrayDeque<>();
    final List<OutgoingMessage> sent = new ArrayList<>();
    private int accepted;

    synchronized void next(SendOutcome outcome) {
        script.add(outcome);
    }

    @Override
    public SendProvider provider() {
        return SendProvider.META;
    }

    @Override
    public synchronized CompletableFuture<SendOutcome> send(SenderAccount account, OutgoingMessage message) {
        sent.add(message);
        SendOutcome outcome = script.isEmpty() ? new SendOutcome.Accepted("wamid.S" + (++accepted), null, "accepted")
                : script.poll();
        return CompletableFuture.completedFuture(outcome);
    }

    @Override
    public List<String> credentialProblems(Map<String, String> credentials) {
        return credentials.containsKey("access_token") ? List.of() : List.of("missing 'access_token'");
    }

    synchronized int sentCount() {
        return sent.size();
    }
}
