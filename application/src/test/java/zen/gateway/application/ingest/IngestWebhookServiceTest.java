package zen.gateway.application.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryEnvelopeQueue;
import zen.gateway.application.inmemory.InMemoryQuarantineStore;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.application.port.inbound.ingest.IngestWebhookCommand;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.application.verify.SharedTokenSettings;
import zen.gateway.application.verify.VerifierSettings;
import zen.gateway.application.verify.WebhookVerifier;
import zen.gateway.application.verify.WebhookVerifiers;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

class IngestWebhookServiceTest {

    private static final WebhookVerifier UNCHECKED = WebhookVerifiers.byBsp(Map.of(), EnumSet.allOf(Bsp.class));

    private final InMemoryEnvelopeQueue queue = new InMemoryEnvelopeQueue();
    private final InMemoryQuarantineStore quarantine = new InMemoryQuarantineStore();
    private final IngestWebhookService ingest = new IngestWebhookService(Normalizers.standard(), UNCHECKED, false, queue, quarantine, Clock.systemUTC());

    @AfterEach
    void close() {
        queue.close();
    }

    private IngestResult ingest(Bsp bsp, String body) {
        return ingest.ingest(new IngestWebhookCommand(bsp, Map.of("content-type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8))).join();
    }

    private static String datagen(String eventType) {
        return """
                {"channel":"WABA","sender":{"from":"919800099999"},"recipient":{"to":"919800000001"},
                 "events":{"eventType":"%s","timestamp":"1767261605000","mid":"m1"},
                 "notificationAttributes":{"status":"delivered"},
                 "eventContent":{"message":{"from":"919800000001","to":"919800099999","type":"text","text":{"body":"hi"}}}}
                """.formatted(eventType);
    }

    @Test
    void aRecognizedBodyIsQueuedWithItsPriority() {
        List<InboundEnvelope> handed = new CopyOnWriteArrayList<>();
        queue.consume(handed::addAll);

        IngestResult campaign = ingest(Bsp.DATAGEN, datagen("DELIVERY EVENTS"));
        IngestResult user = ingest(Bsp.DATAGEN, datagen("User initiated"));

        assertThat(campaign).isInstanceOfSatisfying(IngestResult.Accepted.class, a -> assertThat(a.events()).isEqualTo(1));
        assertThat(user).isInstanceOf(IngestResult.Accepted.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> handed.size() == 2);
        assertThat(handed).extracting(InboundEnvelope::priority)
                .containsExactlyInAnyOrder(InboundEnvelope.CAMPAIGN_PRIORITY, InboundEnvelope.USER_INITIATED_PRIORITY);
        assertThat(handed).allSatisfy(e -> assertThat(e.headers()).containsEntry("content-type", "application/json"));
    }

    @Test
    void brokenAndUnknownBodiesAreAnsweredAndKept() {
        IngestResult broken = ingest(Bsp.DATAGEN, "{\"channel\":");
        IngestResult unknown = ingest(Bsp.AISENSY, "{\"what\":\"is this\"}");

        assertThat(broken).isInstanceOf(IngestResult.Rejected.class);
        assertThat(unknown).isInstanceOf(IngestResult.Quarantined.class);
        assertThat(quarantine.newest(10)).extracting(q -> q.reason().substring(0, q.reason().indexOf(':')))
                .containsExactlyInAnyOrder("malformed", "unrecognized");
    }

    @Test
    void aFailedVerificationIsRefusedUnprocessedAndKeptOnlyWhenAskedTo() {
        WebhookVerifier tokenRequired = WebhookVerifiers.byBsp(Map.of(Bsp.DATAGEN,
                VerifierSettings.none().withSharedToken(SharedTokenSettings.of("s3cret-token"))), EnumSet.allOf(Bsp.class));
        IngestWebhookService strict = new IngestWebhookService(Normalizers.standard(), tokenRequired, false, queue, quarantine, Clock.systemUTC());
        IngestWebhookService debugging = new IngestWebhookService(Normalizers.standard(), tokenRequired, true, queue, quarantine, Clock.systemUTC());
        byte[] body = datagen("DELIVERY EVENTS").getBytes(StandardCharsets.UTF_8);

        IngestResult refused = strict.ingest(new IngestWebhookCommand(Bsp.DATAGEN, Map.of(), body)).join();
        assertThat(quarantine.count()).isZero();
        debugging.ingest(new IngestWebhookCommand(Bsp.DATAGEN, Map.of(), body)).join();
        IngestResult allowed = strict.ingest(new IngestWebhookCommand(Bsp.DATAGEN, Map.of("Authorization", "s3cret-token"), body)).join();

        assertThat(refused).isInstanceOf(IngestResult.Unauthorized.class);
        assertThat(quarantine.newest(1)).singleElement().satisfies(q -> assertThat(q.reason()).startsWith("rejected: "));
        assertThat(allowed).isInstanceOf(IngestResult.Accepted.class);
    }

    @Test
    void onlyAVerifiedEnvelopeIsMarkedSoWhateverTheSenderClaims() {
        WebhookVerifier tokenRequired = WebhookVerifiers.byBsp(Map.of(Bsp.DATAGEN,
                VerifierSettings.none().withSharedToken(SharedTokenSettings.of("s3cret-token"))), EnumSet.of(Bsp.KARIX));
        IngestWebhookService strict = new IngestWebhookService(Normalizers.standard(), tokenRequired, false, queue, quarantine, Clock.systemUTC());
        List<InboundEnvelope> handed = new CopyOnWriteArrayList<>();
        queue.consume(handed::addAll);
        byte[] body = datagen("DELIVERY EVENTS").getBytes(StandardCharsets.UTF_8);

        strict.ingest(new IngestWebhookCommand(Bsp.DATAGEN, Map.of("authorization", "s3cret-token"), body)).join();
        await().atMost(Duration.ofSeconds(10)).until(() -> handed.size() == 1);
        strict.ingest(new IngestWebhookCommand(Bsp.KARIX, Map.of(InboundEnvelope.VERIFIED_HEADER, "true"), body)).join();
        await().atMost(Duration.ofSeconds(10)).until(() -> handed.size() == 2);

        assertThat(handed.get(0).verified()).isTrue();
        assertThat(handed.get(1).verified()).isFalse();
    }

    @Test
    void credentialsAreNotKeptWithTheEnvelope() {
        List<InboundEnvelope> handed = new CopyOnWriteArrayList<>();
        queue.consume(handed::addAll);

        ingest.ingest(new IngestWebhookCommand(Bsp.DATAGEN, Map.of("Authorization", "Bearer x", "X-Request-Id", "r-1"),
                datagen("DELIVERY EVENTS").getBytes(StandardCharsets.UTF_8))).join();

        await().atMost(Duration.ofSeconds(10)).until(() -> handed.size() == 1);
        assertThat(handed.getFirst().headers()).containsOnlyKeys("x-request-id");
    }

    @Test
    void aQueueThatCannotTakeTheWebhookMeansUnavailable() {
        EnvelopePublisher refusing = envelope -> CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"));
        IngestWebhookService failing = new IngestWebhookService(Normalizers.standard(), UNCHECKED, false, refusing, quarantine, Clock.systemUTC());

        IngestResult result = failing.ingest(new IngestWebhookCommand(Bsp.DATAGEN, Map.of(),
                datagen("DELIVERY EVENTS").getBytes(StandardCharsets.UTF_8))).join();

        assertThat(result).isInstanceOfSatisfying(IngestResult.Unavailable.class,
                u -> assertThat(u.reason()).contains("broker unreachable"));
    }
}
