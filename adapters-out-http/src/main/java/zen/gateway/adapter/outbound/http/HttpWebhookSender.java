package zen.gateway.adapter.outbound.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import zen.gateway.application.port.outbound.forwarding.OutboundRequest;
import zen.gateway.application.port.outbound.forwarding.SendResult;
import zen.gateway.application.port.outbound.forwarding.WebhookSender;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.AttemptOutcome;

/**
 * POSTs webhooks with one shared {@link HttpClient} (HTTP/1.1, pooled keep-alive connections, redirects not
 * followed, no proxy). A send passes, in order: the URL's circuit breaker (an open one answers at once, sending
 * nothing), room in its endpoint's share and on the wire (waited for without a thread, within a budget, else put
 * off like a send to an open breaker), the destination policy (again: on the exchange threads when the host needs
 * no lookup, on the lookup threads when a name must be looked up, because DNS may block), then the exchange with
 * the name pinned to the addresses the policy allowed, bounded by the request timeout from first byte sent to last
 * byte kept. Thread-safe.
 */
final class HttpWebhookSender implements WebhookSender {

    /** The client owns these (and refuses to let callers set the first five); the User-Agent is ours. */
    private static final Set<String> CLIENT_MANAGED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "user-agent");

    private final HttpClient client;
    private final ExecutorService executor;
    private final ExecutorService lookups;
    private final NetworkDestinationPolicy policy;
    private final UrlCircuitBreakers breakers;
    private final SendRoom room;
    private final Duration requestTimeout;
    private final String userAgent;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();

    HttpWebhookSender(HttpSenderSettings settings, NetworkDestinationPolicy policy, UrlCircuitBreakers breakers,
                      ExecutorService executor, ExecutorService lookups, Clock clock) {
        this.policy = policy;
        this.breakers = breakers;
        this.executor = executor;
        this.lookups = lookups;
        this.clock = clock;
        this.requestTimeout = settings.requestTimeout();
        this.userAgent = settings.userAgent();
        this.room = new SendRoom(
                settings.maxInFlight(), settings.maxInFlightPerEndpoint(), settings.endpointWaitBudget());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect could lead past the destination policy
                // A proxy would look the name up itself, past the pinned addresses; ProxySelector.getDefault() would
                // otherwise follow the http(s).proxyHost system properties.
                .proxy(HttpClient.Builder.NO_PROXY)
                .executor(executor)
                .build();
    }

    @Override
    public CompletableFuture<SendResult> send(OutboundRequest request) {
        URI url = request.url();
        Optional<String> malformation = NetworkDestinationPolicy.malformation(url);
        if (malformation.isPresent()) {
            return CompletableFuture.completedFuture(refused(malformation.get()));
        }
        return switch (breakers.admit(url)) {
            case BreakerAdmission.Denied denied ->
                    CompletableFuture.completedFuture(new SendResult.CircuitOpen(denied.retryIn()));
            case BreakerAdmission.Granted pass -> sendWithin(request, pass);
        };
    }

    private CompletableFuture<SendResult> sendWithin(OutboundRequest request, BreakerAdmission.Granted pass) {
        CompletableFuture<SendResult> sent;
        try {
            sent = room.claim(BreakerKey.of(request.url())).thenComposeAsync(taken -> taken.isPresent()
                    ? attemptThenRelease(request, pass, taken.get())
                    : putOff(pass), executor);
        } catch (RuntimeException rejected) {
            sent = CompletableFuture.failedFuture(rejected);
        }
        return sent.handle((result, failure) -> {
            if (result != null) {
                return result;
            }
            // Something failed before an outcome was recorded (closed sender, rejected task): nothing was learnt
            // about the receiver, so the breaker gets its permission back (a no-op if already settled).
            pass.release();
            return new SendResult.Attempted(FailureOutcomes.of(failure), Duration.ZERO, null);
        });
    }

    /**
     * No room came within the budget: the endpoint's share is busy (or the whole wire is). Sending nothing costs the
     * delivery no attempt; one of the share's places frees within one request timeout, so that is the wait.
     */
    private CompletableFuture<SendResult> putOff(BreakerAdmission.Granted pass) {
        pass.release();
        return CompletableFuture.completedFuture(new SendResult.CircuitOpen(requestTimeout));
    }

    /** Runs on the executor, holding its room until the attempt ends. */
    private CompletableFuture<SendResult> attemptThenRelease(
            OutboundRequest request, BreakerAdmission.Granted pass, SendRoom.Taken taken) {
        CompletableFuture<SendResult.Attempted> attempt;
        try {
            attempt = attempt(request, pass);
        } catch (RuntimeException unexpected) {
            attempt = CompletableFuture.failedFuture(unexpected);
        }
        return attempt.whenComplete((result, failure) -> taken.release()).thenApply(SendResult.class::cast);
    }

    private CompletableFuture<SendResult.Attempted> attempt(OutboundRequest request, BreakerAdmission.Granted pass) {
        return destinationCheck(request.url()).thenCompose(check -> switch (check) {
            case DestinationCheck.Refused refused -> {
                pass.release();
                yield CompletableFuture.completedFuture(refused(refused.reason()));
            }
            case DestinationCheck.Unresolved unresolved -> {
                // What the client's own failed lookup used to report: retryable, and the receiver's problem.
                AttemptOutcome failed = new AttemptOutcome.ConnectionFailed(unresolved.reason());
                pass.record(failed, Duration.ZERO);
                yield CompletableFuture.completedFuture(new SendResult.Attempted(failed, Duration.ZERO, null));
            }
            case DestinationCheck.Allowed allowed -> exchangePinned(request, pass, allowed);
        });
    }

    /**
     * The policy's verdict, asked again before every send: the name may point elsewhere by now. A name is looked
     * up on the lookup threads, because DNS may block; an address is judged right here.
     */
    private CompletableFuture<DestinationCheck> destinationCheck(URI url) {
        if (!NetworkDestinationPolicy.needsLookup(url.getHost())) {
            return CompletableFuture.completedFuture(policy.check(url));
        }
        return CompletableFuture.supplyAsync(() -> policy.check(url), lookups);
    }

    /** Holds the checked addresses pinned to the name until the exchange ends, so the client connects to them. */
    private CompletableFuture<SendResult.Attempted> exchangePinned(
            OutboundRequest request, BreakerAdmission.Granted pass, DestinationCheck.Allowed allowed) {
        if (!allowed.byName()) {
            return exchangeChecked(request, pass);
        }
        AddressPins.Pin pin = AddressPins.pin(request.url().getHost(), allowed.addresses());
        try {
            return exchangeChecked(request, pass).whenComplete((result, failure) -> pin.close());
        } catch (RuntimeException unexpected) {
            pin.close();
            throw unexpected;
        }
    }

    private CompletableFuture<SendResult.Attempted> exchangeChecked(OutboundRequest request, BreakerAdmission.Granted pass) {
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (IllegalArgumentException unsendable) {
            pass.release();
            return CompletableFuture.completedFuture(refused("cannot build the request: " + unsendable.getMessage()));
        }
        long started = System.nanoTime();
        return exchange(httpRequest).thenApply(exchanged -> {
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            pass.record(exchanged.outcome(), latency);
            return new SendResult.Attempted(exchanged.outcome(), latency, exchanged.body());
        });
    }

    private record Exchanged(AttemptOutcome outcome, String body) {}

    /** Always completes normally. */
    private CompletableFuture<Exchanged> exchange(HttpRequest httpRequest) {
        CompletableFuture<HttpResponse<String>> response =
                client.sendAsync(httpRequest, TruncatedBody.handler(Attempt.MAX_RESPONSE_CHARS));
        // HttpRequest.timeout() stops at the response headers; this deadline also covers a body that trickles.
        return response.copy()
                .orTimeout(requestTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((answer, failure) -> {
                    if (failure != null) {
                        response.cancel(true); // aborts the exchange and frees its connection
                        return new Exchanged(FailureOutcomes.of(failure), null);
                    }
                    return new Exchanged(outcomeOf(answer), answer.body());
                });
    }

    private AttemptOutcome outcomeOf(HttpResponse<?> answer) {
        int status = answer.statusCode();
        if (status < 100 || status > 599) {
            return new AttemptOutcome.ConnectionFailed("not an HTTP status: " + status);
        }
        return new AttemptOutcome.Responded(
                status, RetryAfter.parse(answer.headers().firstValue("Retry-After"), clock.instant()));
    }

    private HttpRequest toHttpRequest(OutboundRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.url())
                .timeout(requestTimeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!CLIENT_MANAGED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        return builder.setHeader("User-Agent", userAgent).build();
    }

    private static SendResult.Attempted refused(String reason) {
        return new SendResult.Attempted(new AttemptOutcome.Refused(reason), Duration.ZERO, null);
    }

    int inFlight() {
        return room.inFlight();
    }

    int waiting() {
        return room.waiting();
    }

    /**
     * Fails sends still waiting for room (as connection failures, so they are retried later), lets requests
     * on the wire finish within one request timeout, then aborts whatever is left.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        room.close();
        client.shutdown();
        try {
            if (!client.awaitTermination(requestTimeout.plusSeconds(1))) {
                client.shutdownNow();
            }
            lookups.shutdown();
            executor.shutdown();
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
            lookups.shutdownNow();
        } catch (InterruptedException e) {
            client.shutdownNow();
            executor.shutdownNow();
            lookups.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
