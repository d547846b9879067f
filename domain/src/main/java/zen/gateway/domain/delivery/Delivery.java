package zen.gateway.domain.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import zen.gateway.domain.event.EventId;

/**
 * One event on its way to one endpoint, with every attempt made. {@code payload} is the exact JSON body sent
 * on every attempt, so a retry or a replay carries the same bytes. {@code seriesAttempts} counts the attempts
 * of the current series: a replay starts a new series, and the schedule counts from there.
 */
public record Delivery(
        String id,
        String eventId,
        String eventType,
        String endpointId,
        String projectOwnerId,
        String url,
        DeliveryStatus status,
        int seriesAttempts,
        List<Attempt> attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAttemptAt,
        String payload) {

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(payload, "payload");
        attempts = List.copyOf(attempts);
    }

    /** The one id an (event, endpoint) pair can have: fan-out run twice for an event cannot deliver it twice. */
    public static String idFor(String eventId, String endpointId) {
        return EventId.derive("delivery", eventId, endpointId).value();
    }

    /** A delivery waiting for its first attempt, due at once. */
    public static Delivery pending(
            String eventId, String eventType, String endpointId, String projectOwnerId, String url, String payload, Instant now) {
        return pending(eventId, eventType, endpointId, projectOwnerId, url, payload, now, now);
    }

    /** A delivery waiting for its first attempt, due at {@code due} (a transport's lease on it, or at once). */
    public static Delivery pending(String eventId, String eventType, String endpointId, String projectOwnerId, String url,
            String payload, Instant now, Instant due) {
        return new Delivery(idFor(eventId, endpointId), eventId, eventType, endpointId, projectOwnerId, url,
                DeliveryStatus.PENDING, 0, List.of(), null, now, now, due, payload);
    }
}
