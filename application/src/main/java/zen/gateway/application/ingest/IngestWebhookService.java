package zen.gateway.application.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import zen.gateway.application.normalize.BspNormalizer;
import zen.gateway.application.normalize.FormBody;
import zen.gateway.application.normalize.Normalization;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.normalize.TwilioNormalizer;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.application.port.inbound.ingest.IngestWebhookCommand;
import zen.gateway.application.port.inbound.ingest.IngestWebhookUseCase;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;
import zen.gateway.application.verify.QueryParameters;
import zen.gateway.application.verify.Verification;
import zen.gateway.application.verify.VerificationRequest;
import zen.gateway.application.verify.WebhookVerifier;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.TimeOrderedUuid;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Answers a BSP only with what is true: 401 when the source's verification fails (nothing processed), 200 once
 * the raw webhook is durable, 400 for a body that cannot be read, 202 for one of an unknown shape (both kept in
 * quarantine), 503 when the queue cannot take it. The body is
 * normalized here once to tell these apart and to pick the priority; the events themselves are made again by
 * the consumer from the raw body, so a fixed normalizer can re-read old envelopes.
 */
public final class IngestWebhookService implements IngestWebhookUseCase {

    /** Headers kept with the envelope: what later processing or a person debugging may need, no credentials. */
    private static final Set<String> KEPT_HEADERS = Set.of(
            "content-type", "user-agent", "x-forwarded-for", "x-request-id", "x-aisensy-project-id");

    private final Normalizers normalizers;
    private final WebhookVerifier verifier;
    private final boolean quarantineRejected;
    private final EnvelopePublisher queue;
    private final QuarantineStore quarantine;
    private final Clock clock;

    /**
     * @param quarantineRejected whether bodies that fail verification are kept in quarantine (for debugging a
     *     misconfigured secret); off by default, since such bodies may come from anyone
     */
    public IngestWebhookService(Normalizers normalizers, WebhookVerifier verifier, boolean quarantineRejected,
            EnvelopePublisher queue, QuarantineStore quarantine, Clock clock) {
        this.normalizers = normalizers;
        this.verifier = verifier;
        this.quarantineRejected = quarantineRejected;
        this.queue = queue;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<IngestResult> ingest(IngestWebhookCommand command) {
        BspNormalizer normalizer = normalizers.forBsp(command.bsp())
                .orElseThrow(() -> new IllegalArgumentException("no normalizer for " + command.bsp()));
        Instant receivedAt = clock.instant();
        InboundEnvelope envelope = new InboundEnvelope(TimeOrderedUuid.random(receivedAt.toEpochMilli()), command.bsp(), receivedAt,
                InboundEnvelope.CAMPAIGN_PRIORITY, kept(command), command.body());
        if (verifier.verify(verificationOf(command)) instanceof Verification.Rejected rejected) {
            if (quarantineRejected) {
                keep(envelope, "rejected: " + rejected.reason());
            }
            return CompletableFuture.completedFuture(new IngestResult.Unauthorized(rejected.reason()));
        }
        return switch (normalizer.normalize(envelope)) {
            case Normalization.Malformed malformed -> CompletableFuture.completedFuture(
                    new IngestResult.Rejected(keep(envelope, "malformed: " + malformed.reason()), malformed.reason()));
            case Normalization.Unrecognized unknown -> CompletableFuture.completedFuture(
                    new IngestResult.Quarantined(keep(envelope, "unrecognized: " + unknown.reason()), unknown.reason()));
            case Normalization.Recognized recognized -> publish(withPriority(envelope, recognized), recognized.events().size());
        };
    }

    private CompletableFuture<IngestResult> publish(InboundEnvelope envelope, int events) {
        CompletableFuture<Void> durable;
        try {
            durable = queue.publish(envelope);
        } catch (RuntimeException e) {
            durable = CompletableFuture.failedFuture(e);
        }
        return durable.handle((ok, failure) -> failure == null
                ? new IngestResult.Accepted(envelope.id(), events)
                : new IngestResult.Unavailable("the inbound queue did not take the webhook: " + rootMessage(failure)));
    }

    private static VerificationRequest verificationOf(IngestWebhookCommand command) {
        String contentType = command.headers().getOrDefault("content-type", "");
        var form = contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                ? FormBody.parseOrEmpty(command.body())
                : Map.<String, List<String>>of();
        return new VerificationRequest(command.bsp(), "POST", command.publicUrl(), command.headers(), command.body(), form,
                command.remoteAddress(), command.headers().get("x-forwarded-for"));
    }

    private static Map<String, String> kept(IngestWebhookCommand command) {
        Map<String, String> kept = new LinkedHashMap<>();
        command.headers().forEach((name, value) -> {
            if (KEPT_HEADERS.contains(name)) {
                kept.put(name, value);
            }
        });
        echoedMessageId(command).ifPresent(id -> kept.put(TwilioNormalizer.ECHO_HEADER, id));
        return kept;
    }

    /** Our message id on the URL Twilio was told to call back (a send's own StatusCallback); Twilio's body lacks it. */
    private static Optional<String> echoedMessageId(IngestWebhookCommand command) {
        if (command.bsp() != Bsp.TWILIO || command.publicUrl() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(QueryParameters.first(URI.create(command.publicUrl()), TwilioNormalizer.ECHO_PARAMETER))
                    .filter(id -> !id.isBlank() && id.length() <= 128);
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    private static InboundEnvelope withPriority(InboundEnvelope envelope, Normalization.Recognized recognized) {
        if (!recognized.anyUserInitiated()) {
            return envelope;
        }
        return new InboundEnvelope(envelope.id(), envelope.bsp(), envelope.receivedAt(),
                InboundEnvelope.USER_INITIATED_PRIORITY, envelope.headers(), envelope.body());
    }

    private String keep(InboundEnvelope envelope, String reason) {
        quarantine.keep(new QuarantinedInput(envelope.id(), source(envelope.bsp()), reason, envelope.receivedAt(), envelope.body()));
        return envelope.id();
    }

    private static String source(Bsp bsp) {
        return "webhook/" + bsp.id();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
