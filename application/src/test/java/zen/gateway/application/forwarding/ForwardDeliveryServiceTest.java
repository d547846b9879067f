package zen.gateway.application.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.secrets.AesGcmSecretBox;
import zen.gateway.application.inmemory.ImmediateAttemptRecorder;
import zen.gateway.application.inmemory.InMemoryDeliveryStore;
import zen.gateway.application.inmemory.InMemoryEndpointStore;
import zen.gateway.application.inmemory.InMemorySharedCache;
import zen.gateway.application.inmemory.ScriptedSender;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.OutboundRequest;
import zen.gateway.application.port.outbound.forwarding.SendResult;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.delivery.RetryPolicy;
import zen.gateway.domain.delivery.RetrySchedule;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

class ForwardDeliveryServiceTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final String SIGNING_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryEndpointStore endpointStore = new InMemoryEndpointStore();
    private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    private final EndpointDirectory directory = new EndpointDirectory(endpointStore, new AesGcmSecretBox(new byte[32]), new InMemorySharedCache(), Duration.ofMinutes(5), Duration.ofHours(1), clock);
    private final ScriptedSender sender = new ScriptedSender();
    private final ImmediateAttemptRecorder recorder = new ImmediateAttemptRecorder(deliveries);
    private final ForwardDeliveryService forward = new ForwardDeliveryService(directory, endpointStore, sender,
            new RetryPolicy(RetrySchedule.legacyDefault()), recorder, deliveries, clock);

    private Endpoint endpoint(EndpointState state) {
        Endpoint endpoint = new Endpoint("ep-1", "p1", URI.create("https://hooks.example.com/zen"), "shh",
                SIGNING_SECRET, List.of(TopicPattern.EVERYTHING), Set.of(), state, null, NOW, NOW);
        endpointStore.save(endpoint);
        return endpoint;
    }

    private Delivery planned() {
        Delivery delivery = Delivery.pending("evt-1", "datagen.delivery", "ep-1", "p1",
                "https://hooks.example.com/zen", "{\"event_id\":\"evt-1\"}", NOW);
        deliveries.insertNew(List.of(delivery));
        return delivery;
    }

    /** Attempts the delivery and returns what was recorded of it. */
    private AttemptRecord attempt(Delivery delivery) {
        forward.attempt(delivery).join();
        return recorder.last();
    }

    @Test
    void signsTheExactBodyBothWays() throws Exception {
        endpoint(EndpointState.ACTIVE);

        AttemptRecord record = attempt(planned());

        assertThat(record.status()).isEqualTo(DeliveryStatus.DELIVERED);
        OutboundRequest request = sender.requests.getFirst();
        byte[] body = request.body();
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"event_id\":\"evt-1\"}");
        assertThat(request.headers()).containsEntry("X-Event-Type", "datagen.delivery")
                .containsEntry("X-Event-ID", "evt-1")
                .containsEntry("X-Attempt-Count", "1")
                .containsEntry("webhook-id", "evt-1")
                .containsEntry("webhook-timestamp", Long.toString(NOW.getEpochSecond()))
                .containsEntry("Content-Type", "application/json");
        assertThat(request.headers().get("X-Webhook-Signature"))
                .isEqualTo(HexFormat.of().formatHex(hmac("shh".getBytes(StandardCharsets.UTF_8), body)));
        byte[] key = Base64.getDecoder().decode(SIGNING_SECRET.substring("whsec_".length()));
        String signed = "evt-1." + NOW.getEpochSecond() + "." + new String(body, StandardCharsets.UTF_8);
        assertThat(request.headers().get("webhook-signature"))
                .isEqualTo("v1," + Base64.getEncoder().encodeToString(hmac(key, signed.getBytes(StandardCharsets.UTF_8))));
        assertThat(deliveries.find(record.deliveryId()).orElseThrow().attempts()).hasSize(1);
    }

    @Test
    void aDeliveryHandedOverAgainAfterItsOutcomeWasRecordedIsNotSentAgain() {
        endpoint(EndpointState.ACTIVE);
        Delivery delivery = planned();
        attempt(delivery);

        Delivery again = forward.attemptUnlessFinished(delivery).join();

        assertThat(sender.requests).hasSize(1);
        assertThat(again.status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aDeliveryHandedOverAgainBeforeItsOutcomeWasRecordedIsSent() {
        endpoint(EndpointState.ACTIVE);

        Delivery sent = forward.attemptUnlessFinished(planned()).join();

        assertThat(sender.requests).hasSize(1);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aServerErrorIsRetriedThenDeadLetteredWhenTheScheduleRunsOut() {
        endpoint(EndpointState.ACTIVE);
        sender.thenStatus(500).thenStatus(503).thenStatus(502);
        Delivery delivery = planned();

        AttemptRecord first = attempt(delivery);
        AttemptRecord second = attempt(deliveries.find(delivery.id()).orElseThrow());
        AttemptRecord third = attempt(deliveries.find(delivery.id()).orElseThrow());

        assertThat(first.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(3));
        assertThat(second.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(third.status()).isEqualTo(DeliveryStatus.DEAD_LETTERED);
        assertThat(third.lastError()).contains("gave up after 3 attempts");
        assertThat(sender.requests).extracting(r -> r.headers().get("X-Attempt-Count")).containsExactly("1", "2", "3");
        assertThat(deliveries.find(delivery.id()).orElseThrow().attempts())
                .extracting(a -> a.statusCode()).containsExactly(500, 503, 502);
    }

    @Test
    void anOpenBreakerPutsTheDeliveryOffWithoutSpendingAnAttempt() {
        endpoint(EndpointState.ACTIVE);
        sender.then(new SendResult.CircuitOpen(Duration.ofMinutes(4)));
        Delivery delivery = planned();

        AttemptRecord record = attempt(delivery);

        assertThat(record.attempt()).isNull();
        assertThat(record.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(record.seriesAttempts()).isZero();
        assertThat(record.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
    }

    @Test
    void goneDisablesTheEndpointAndDeadLetters() {
        endpoint(EndpointState.ACTIVE);
        sender.thenStatus(410);

        AttemptRecord record = attempt(planned());

        assertThat(record.status()).isEqualTo(DeliveryStatus.DEAD_LETTERED);
        assertThat(endpointStore.find("p1", "ep-1").orElseThrow().state()).isEqualTo(EndpointState.DISABLED);
        assertThat(directory.find("p1", "ep-1").orElseThrow().state()).isEqualTo(EndpointState.DISABLED);
    }

    @Test
    void aPausedEndpointsDeliveriesWaitAndADeletedOnesAreDeadLettered() {
        endpoint(EndpointState.PAUSED);
        Delivery delivery = planned();

        AttemptRecord waiting = attempt(delivery);
        endpointStore.delete("p1", "ep-1");
        directory.forget("p1");
        AttemptRecord orphaned = attempt(delivery);

        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.nextAttemptAt()).isEqualTo(NOW.plus(ForwardDeliveryService.PAUSED_RECHECK));
        assertThat(orphaned.status()).isEqualTo(DeliveryStatus.DEAD_LETTERED);
        assertThat(sender.requests).isEmpty();
    }

    @Test
    void aPermanentRefusalIsDeadLetteredAtOnce() {
        endpoint(EndpointState.ACTIVE);
        sender.thenStatus(400);

        AttemptRecord record = attempt(planned());

        assertThat(record.status()).isEqualTo(DeliveryStatus.DEAD_LETTERED);
        assertThat(record.lastError()).isEqualTo("permanent failure: HTTP 400");
    }

    private static byte[] hmac(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }
}
