package zen.gateway.application.inmemory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import zen.gateway.application.port.outbound.forwarding.OutboundRequest;
import zen.gateway.application.port.outbound.forwarding.SendResult;
import zen.gateway.application.port.outbound.forwarding.WebhookSender;
import zen.gateway.domain.delivery.AttemptOutcome;

/**
 * A customer endpoint as the application sees it through the port: answers from a script (200 once the script
 * runs out) and remembers every request. The real HTTP sender has its own tests against a real server; this
 * keeps the use-case tests about decisions, not sockets.
 */
public final class ScriptedSender implements WebhookSender {

    private final Deque<SendResult> script = new ArrayDeque<>();
    private CompletableFuture<Void> answersGo = CompletableFuture.completedFuture(null);
    public final List<OutboundRequest> requests = Collections.synchronizedList(new ArrayList<>());

    public ScriptedSender then(SendResult result) {
        script.add(result);
        return this;
    }

    public ScriptedSender thenStatus(int status) {
        return then(answered(status));
    }

    public static SendResult.Attempted answered(int status) {
        return new SendResult.Attempted(AttemptOutcome.Responded.status(status), Duration.ofMillis(12), "ok " + status);
    }

    /** Answers keep the endpoint busy until {@link #releaseAnswers}: the attempts stay in flight. */
    public synchronized void holdAnswers() {
        answersGo = new CompletableFuture<>();
    }

    public synchronized void releaseAnswers() {
        answersGo.complete(null);
    }

    @Override
    public synchronized CompletableFuture<SendResult> send(OutboundRequest request) {
        requests.add(request);
        SendResult next = script.isEmpty() ? answered(200) : script.poll();
        return answersGo.thenApply(go -> next);
    }

    @Override
    public void close() {}
}
