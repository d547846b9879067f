package zen.gateway.application.forwarding;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.port.inbound.forwarding.ForwardDeliveryUseCase;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.AttemptRecorder;
import zen.gateway.application.port.outbound.forwarding.DeliveryReads;
import zen.gateway.application.port.outbound.forwarding.OutboundRequest;
import zen.gateway.application.port.outbound.forwarding.SendResult;
import zen.gateway.application.port.outbound.forwarding.WebhookSender;
import zen.gateway.application.port.outbound.observe.Tracing;
import zen.gateway.application.signing.WebhookSignatures;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.AttemptOutcome;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryDecision;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.delivery.RetryPolicy;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;

/**
 * Makes one attempt at one delivery: signs the stored body for the endpoint, sends it, lets the retry policy
 * decide what follows, and records the outcome. Driven by both transports: the embedded scheduler and the
 * RabbitMQ forwarding consumer. Thread-safe; never blocks the calling thread.
 */
public final class ForwardDeliveryService implements ForwardDeliveryUseCase {

    /** How long a paused endpoint's deliveries wait before they look again. */
    static final Duration PAUSED_RECHECK = Duration.ofSeconds(30);

    /** The origin header holding the id of the request that brought the event in. */
    public static final String REQUEST_ID = "x-request-id";

    private final EndpointDirectory endpoints;
    private final EndpointStore endpointStore;
    private final WebhookSender sender;
    private final RetryPolicy retryPolicy;
    private final AttemptRecorder recorder;
    private final DeliveryReads reads;
    private final Clock clock;
    private final DeliveryOrigins origins;
    private final Tracing tracing;

    public ForwardDeliveryService(EndpointDirectory endpoints, EndpointStore endpointStore, WebhookSender sender,
            RetryPolicy retryPolicy, AttemptRecorder recorder, DeliveryReads reads, Clock clock) {
        this(endpoints, endpointStore, sender, retryPolicy, recorder, reads, clock, new DeliveryOrigins(), Tracing.OFF);
    }

    /**
     * @param origins where the planner left each delivery's request id and trace context, sent on with every attempt
     * @param tracing a span per attempt, child of the delivery's processing, its context sent as {@code traceparent}
     */
    public ForwardDeliveryService(EndpointDirectory endpoints, EndpointStore endpointStore, WebhookSender sender,
            RetryPolicy retryPolicy, AttemptRecorder recorder, DeliveryReads reads, Clock clock, DeliveryOrigins origins,
            Tracing tracing) {
        this.origins = origins;
        this.tracing = tracing;
        this.endpoints = endpoints;
        this.endpointStore = endpointStore;
        this.sender = sender;
        this.retryPolicy = retryPolicy;
        this.recorder = recorder;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Delivery> attempt(Delivery delivery) {
        Instant now = clock.instant();
        Optional<Endpoint> endpoint = endpoints.find(delivery.projectOwnerId(), delivery.endpointId());
        if (endpoint.isEmpty()) {
            return recorded(delivery, finishedWithout(delivery, "endpoint was deleted", now));
        }
        if (endpoint.get().state() == EndpointState.DISABLED) {
            return recorded(delivery, finishedWithout(delivery, "endpoint is disabled: " + endpoint.get().stateReason(), now));
        }
        if (endpoint.get().state() == EndpointState.PAUSED) {
            return recorded(delivery, putOff(delivery, now.plus(PAUSED_RECHECK), now));
        }
        int seriesAttempt = delivery.seriesAttempts() + 1;
        Map<String, String> origin = origins.of(delivery.id());
        Tracing.Span span = tracing.start("forward", Tracing.Kind.CLIENT, origin);
        span.attribute("zen.delivery_id", delivery.id());
        OutboundRequest request = signedRequest(delivery, endpoint.get(), seriesAttempt, now, origin, span);
        return sender.send(request)
                .whenComplete((result, failure) -> ended(span, result, failure))
                .thenCompose(result -> recorded(delivery, outcome(delivery, endpoint.get(), seriesAttempt, now, result)))
                .whenComplete((after, failure) -> {
                    if (after != null && after.status().finished()) {
                        origins.forget(delivery.id());
                    }
                });
    }

    private static void ended(Tracing.Span span, SendResult result, Throwable failure) {
        if (failure != null) {
            span.failed(failure.toString());
        } else if (result instanceof SendResult.CircuitOpen) {
            span.failed("circuit breaker open: not sent");
        } else if (result instanceof SendResult.Attempted attempted) {
            Integer status = statusCode(attempted.outcome());
            if (status != null) {
                span.attribute("http.response.status_code", status.toString());
            }
            if (status == null || status >= 300) {
                span.failed(RetryPolicy.describe(attempted.outcome()));
            }
        }
        span.close();
    }

    @Override
    public CompletableFuture<Delivery> attemptUnlessFinished(Delivery delivery) {
        Optional<Delivery> stored = reads.find(delivery.id());
        if (stored.isPresent() && stored.get().status().finished()) {
            return CompletableFuture.completedFuture(stored.get());
        }
        return attempt(delivery);
    }

    /** Writes the record, then completes with the delivery as the store now has it. */
    private CompletableFuture<Delivery> recorded(Delivery delivery, AttemptRecord record) {
        return recorder.record(record).thenApply(written -> delivery.after(record.attempt(), record.status(),
                record.seriesAttempts(), record.nextAttemptAt(), record.lastError(), record.at()));
    }

    private OutboundRequest signedRequest(Delivery delivery, Endpoint endpoint, int seriesAttempt, Instant now,
            Map<String, String> origin, Tracing.Span span) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Event-Type", delivery.eventType());
        headers.put("X-Event-ID", delivery.eventId());
        headers.put("X-Webhook-Signature", WebhookSignatures.legacy(endpoint.sharedSecret(), body));
        headers.put("X-Attempt-Count", Integer.toString(seriesAttempt));
        headers.put("webhook-id", delivery.eventId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature",
                WebhookSignatures.standard(endpoint.signingSecret(), delivery.eventId(), timestamp, body));
        String requestId = origin.get(REQUEST_ID);
        if (requestId != null) {
            headers.put("X-Request-Id", requestId);
        }
        span.inject(headers);
        return new OutboundRequest(URI.create(delivery.url()), headers, body);
    }

    private AttemptRecord outcome(Delivery delivery, Endpoint endpoint, int seriesAttempt, Instant startedAt, SendResult result) {
        Instant now = clock.instant();
        return switch (result) {
            case SendResult.CircuitOpen open -> putOff(delivery, now.plus(open.retryIn()), now);
            case SendResult.Attempted attempted -> {
                DeliveryDecision decision = retryPolicy.decide(seriesAttempt, attempted.outcome(), ThreadLocalRandom.current().nextDouble());
                boolean success = decision instanceof DeliveryDecision.Delivered;
                String error = success ? null : RetryPolicy.describe(attempted.outcome());
                Attempt attempt = new Attempt(delivery.attempts().size() + 1, startedAt, statusCode(attempted.outcome()),
                        attempted.latency().toMillis(), error, attempted.responseBody());
                yield switch (decision) {
                    case DeliveryDecision.Delivered d ->
                            new AttemptRecord(delivery.id(), attempt, DeliveryStatus.DELIVERED, seriesAttempt, null, null, now);
                    case DeliveryDecision.RetryLater retry ->
                            new AttemptRecord(delivery.id(), attempt, DeliveryStatus.RETRYING, seriesAttempt, now.plus(retry.delay()), error, now);
                    case DeliveryDecision.DeadLettered dead ->
                            new AttemptRecord(delivery.id(), attempt, DeliveryStatus.DEAD_LETTERED, seriesAttempt, null, dead.reason(), now);
                    case DeliveryDecision.EndpointGone gone -> {
                        disable(endpoint, now);
                        yield new AttemptRecord(delivery.id(), attempt, DeliveryStatus.DEAD_LETTERED, seriesAttempt, null,
                                "receiver answered 410 Gone; endpoint disabled", now);
                    }
                };
            }
        };
    }

    private void disable(Endpoint endpoint, Instant now) {
        endpointStore.find(endpoint.projectOwnerId(), endpoint.id()).ifPresent(current ->
                endpointStore.save(current.withState(EndpointState.DISABLED, "receiver answered 410 Gone at " + now, now)));
        endpoints.forget(endpoint.projectOwnerId());
    }

    private static Integer statusCode(AttemptOutcome outcome) {
        return outcome instanceof AttemptOutcome.Responded r ? r.statusCode() : null;
    }

    private static AttemptRecord putOff(Delivery delivery, Instant until, Instant now) {
        DeliveryStatus unchanged = delivery.status().finished() ? DeliveryStatus.PENDING : delivery.status();
        return new AttemptRecord(delivery.id(), null, unchanged, delivery.seriesAttempts(), until, delivery.lastError(), now);
    }

    private static AttemptRecord finishedWithout(Delivery delivery, String reason, Instant now) {
        return new AttemptRecord(delivery.id(), null, DeliveryStatus.DEAD_LETTERED, delivery.seriesAttempts(), null, reason, now);
    }
}
