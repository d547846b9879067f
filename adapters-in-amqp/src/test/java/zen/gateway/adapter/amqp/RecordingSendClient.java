package zen.gateway.adapter.amqp;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/** A Meta client that answers what the test scripted, accepted otherwise, and records which send went when. */
final class RecordingSendClient implements BspSendClient {

    record Sent(String messageId, Instant at) {}

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Deque<SendOutcome> script = new ArrayDeque<>();

    synchronized void next(SendOutcome outcome) {
        script.add(outcome);
    }

    List<String> sentIds() {
        return sent.stream().map(Sent::messageId).toList();
    }

    @Override
    public SendProvider provider() {
        return SendProvider.META;
    }

    @Override
    public synchronized CompletableFuture<SendOutcome> send(SenderAccount account, OutgoingMessage message) {
        sent.add(new Sent(message.messageId(), Instant.now()));
        SendOutcome outcome = script.isEmpty() ? new SendOutcome.Accepted("wamid." + message.messageId(), null, "accepted")
                : script.poll();
        return CompletableFuture.completedFuture(outcome);
    }

    @Override
    public List<String> credentialProblems(Map<String, String> credentials) {
        return List.of();
    }
}
