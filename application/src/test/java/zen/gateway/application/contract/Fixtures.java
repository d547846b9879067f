package zen.gateway.application.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;
import zen.gateway.domain.message.TrackedMessage;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

/**
 * Test data shared by the contract suites. Every instant is whole milliseconds, the precision every store keeps.
 */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");
    public static final String BSP = "datagen";
    public static final Failure FAILURE = new Failure("131026", "Message undeliverable");

    private Fixtures() {}

    /** {@code T0} plus some seconds. */
    public static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    public static MessageDetails details(String wamid, String bspMessageId) {
        return new MessageDetails(wamid, BSP, bspMessageId, "919800000001", "919900000001", "project-1", "campaign-1");
    }

    public static MessageDetails details(String wamid, String bspMessageId, String projectOwnerId, String campaignId) {
        return new MessageDetails(wamid, BSP, bspMessageId, "919800000001", "919900000001", projectOwnerId, campaignId);
    }

    /** An update observed at {@code occurredAt} and received one second later. */
    public static MessageUpdate update(String newMessageId, MessageDetails details, MessageStatus status, Instant occurredAt) {
        return update(newMessageId, details, status, occurredAt, occurredAt.plusSeconds(1));
    }

    public static MessageUpdate update(
            String newMessageId, MessageDetails details, MessageStatus status, Instant occurredAt, Instant receivedAt) {
        return new MessageUpdate(newMessageId, details, new StatusObservation(status, BSP, occurredAt, receivedAt),
                status == MessageStatus.FAILED ? FAILURE : null);
    }

    public static MessageUpdate withFailure(MessageUpdate update, Failure failure) {
        return new MessageUpdate(update.newMessageId(), update.details(), update.observation(), failure);
    }

    /** What {@link TrackedMessage} makes of the updates of one message applied in this order: the reference. */
    public static TrackedMessage applyInOrder(List<MessageUpdate> updates) {
        MessageUpdate first = updates.get(0);
        TrackedMessage message = TrackedMessage.firstSeen(
                first.newMessageId(), first.details(), first.observation(), first.failure());
        for (MessageUpdate next : updates.subList(1, updates.size())) {
            message = message.observe(next.observation(), next.details(), next.failure()).message();
        }
        return message;
    }

    public static Endpoint endpoint(String id, String projectOwnerId, Instant createdAt) {
        return new Endpoint(id, projectOwnerId, URI.create("https://hooks.example.com/" + id),
                "shared-" + id, "whsec_" + id,
                List.of(TopicPattern.of("datagen.*"), TopicPattern.of("message.status")),
                Set.of(MessageStatus.DELIVERED, MessageStatus.READ),
                EndpointState.ACTIVE, null, createdAt, createdAt);
    }

    public static Delivery delivery(String eventId, String endpointId, String projectOwnerId, Instant createdAt) {
        return Delivery.pending(eventId, "message.status", endpointId, projectOwnerId,
                "https://hooks.example.com/" + endpointId, "{\"event_id\":\"" + eventId + "\"}", createdAt);
    }

    /** A delivery with everything chosen: for listing, replay and stats. */
    public static Delivery delivery(String eventId, String eventType, String endpointId, String projectOwnerId,
            DeliveryStatus status, List<Attempt> attempts, Instant createdAt, Instant updatedAt, Instant nextAttemptAt) {
        return new Delivery(Delivery.idFor(eventId, endpointId, createdAt), eventId, eventType, endpointId, projectOwnerId,
                "https://hooks.example.com/" + endpointId, status, attempts.size(), attempts,
                attempts.isEmpty() || attempts.get(attempts.size() - 1).succeeded()
                        ? null : attempts.get(attempts.size() - 1).error(),
                createdAt, updatedAt, nextAttemptAt, "{\"event_id\":\"" + eventId + "\"}");
    }

    public static Attempt succeeded(int number, Instant at, long latencyMillis) {
        return new Attempt(number, at, 200, latencyMillis, null, "{\"ok\":true}");
    }

    public static Attempt failed(int number, Instant at, long latencyMillis) {
        return new Attempt(number, at, 503, latencyMillis, "HTTP 503", "unavailable");
    }

    public static InboundEnvelope envelope(String id, int priority) {
        return new InboundEnvelope(id, Bsp.DATAGEN, T0, priority,
                Map.of("content-type", "application/json", "x-request-id", id),
                ("{\"id\":\"" + id + "\",\"text\":\"h\u00e9llo\"}").getBytes(StandardCharsets.UTF_8));
    }
}
