package zen.gateway.adapter.outbound.http.send;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import zen.gateway.application.port.outbound.send.SendOutcome;

/**
 * Runs one exchange per send on a shared {@link HttpClient} (pooled connections, redirects not followed: a
 * redirect would carry the sender's credentials elsewhere). Every send completes normally. Thread-safe.
 */
final class SendTransport implements AutoCloseable {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final String userAgent;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();

    SendTransport(BspSendSettings settings, Clock clock) {
        this.requestTimeout = settings.requestTimeout();
        this.userAgent = settings.userAgent();
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    CompletableFuture<SendOutcome> send(ProviderRequest request, Function<Reply, SendOutcome> reader) {
        if (closed.get()) {
            return CompletableFuture.completedFuture(new SendOutcome.NotSent("the send clients are closed"));
        }
        CompletableFuture<HttpResponse<String>> response;
        try {
            response = client.sendAsync(toHttpRequest(request), CappedBody.handler());
        } catch (RuntimeException unsendable) { // a header value the client refuses, a client shut down meanwhile
            return CompletableFuture.completedFuture(new SendOutcome.NotSent("cannot send: " + unsendable.getMessage()));
        }
        // HttpRequest.timeout() stops at the response headers; this deadline also covers a body that trickles.
        return response.copy()
                .orTimeout(requestTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((answer, failure) -> {
                    if (failure != null) {
                        response.cancel(true); // aborts the exchange and frees its connection
                        return ExchangeFailures.outcome(failure, requestTimeout);
                    }
                    return read(answer, reader);
                });
    }

    private SendOutcome read(HttpResponse<String> answer, Function<Reply, SendOutcome> reader) {
        Reply reply = new Reply(answer.statusCode(),
                RetryAfterHeader.parse(answer.headers().firstValue("Retry-After"), clock.instant()), answer.body());
        try {
            return reader.apply(reply);
        } catch (RuntimeException unreadable) {
            // The provider answered and we could not make sense of it: whether it took the message is unknown.
            return new SendOutcome.Ambiguous(reply.describe() + " with an unreadable reply: " + unreadable.getMessage());
        }
    }

    /**
     * HTTP/2 where TLS can negotiate it (one connection carries a sender's 80 messages a second), HTTP/1.1 in the
     * clear, where the client would otherwise try an upgrade that plain servers and proxies handle badly.
     */
    private HttpRequest toHttpRequest(ProviderRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.url())
                .version("https".equalsIgnoreCase(request.url().getScheme())
                        ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .timeout(requestTimeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        return builder.setHeader("User-Agent", userAgent).build();
    }

    /** Lets requests on the wire finish within one request timeout, then aborts whatever is left. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        client.shutdown();
        try {
            if (!client.awaitTermination(requestTimeout.plusSeconds(1))) {
                client.shutdownNow();
            }
        } catch (InterruptedException e) {
            client.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
