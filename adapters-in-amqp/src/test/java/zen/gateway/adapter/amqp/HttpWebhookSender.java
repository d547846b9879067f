package zen.gateway.adapter.amqp;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import zen.gateway.application.port.outbound.forwarding.OutboundRequest;
import zen.gateway.application.port.outbound.forwarding.SendResult;
import zen.gateway.application.port.outbound.forwarding.WebhookSender;
import zen.gateway.domain.delivery.AttemptOutcome;

/**
 * A plain {@link WebhookSender} for the tests: POSTs with the JDK client, no breaker. (The production sender
 * lives in adapters-out-http, which this module may not depend on.) Thread-safe.
 */
final class HttpWebhookSender implements WebhookSender {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public CompletableFuture<SendResult> send(OutboundRequest request) {
        HttpRequest.Builder post = HttpRequest.newBuilder(request.url())
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            post.header(header.getKey(), header.getValue());
        }
        long started = System.nanoTime();
        return client.sendAsync(post.build(), HttpResponse.BodyHandlers.ofString())
                .<SendResult>thenApply(response -> new SendResult.Attempted(
                        new AttemptOutcome.Responded(response.statusCode(), retryAfter(response)),
                        Duration.ofNanos(System.nanoTime() - started), response.body()))
                .exceptionally(failure -> new SendResult.Attempted(
                        failure.getCause() instanceof HttpTimeoutException
                                ? new AttemptOutcome.TimedOut()
                                : new AttemptOutcome.ConnectionFailed(String.valueOf(failure.getMessage())),
                        Duration.ofNanos(System.nanoTime() - started), null));
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.trim())));
    }

    @Override
    public void close() {
        client.close();
    }
}
