package zen.gateway.domain.delivery;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.TimeOrderedUuid;

/**
 * One event on its way to one endpoint, with every attempt made. {@code payload} is the exact JSON body sent
 * on every attempt, so a retry or a replay carries the same bytes. {@code seriesAttempts} counts the attempts
 * of the current series: a replay starts a new series, and the schedule counts from there.
 */
public record Delivery(
        // The state of a delivery, one component per attribute; made through the named factories below.
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

    /**
     * The one id the delivery of an event to an endpoint can have: a UUID version 7 layout whose first 48 bits are
     * the event's time in milliseconds and whose other bits come from a hash of the event and endpoint. Fan-out
     * run twice for an event (an envelope handed over again, a repeated webhook the dedup missed) plans the same
     * ids, so the stores insert each delivery once; and ids sort by event time, so the stores' indexes on them
     * grow at one edge. A hash alone sent every insert, lookup and attempt to a random page of an index as large
     * as the delivery history: a third of the gateway's CPU per forwarded event.
     */
    public static String idFor(String eventId, String endpointId, Instant eventTime) {
        long hash = ByteBuffer.wrap(EventId.digest("delivery", eventId, endpointId)).getLong();
        return TimeOrderedUuid.of(eventTime.toEpochMilli(), hash >>> 52, hash);
    }

    /** A delivery of an event of time {@code now}, waiting for its first attempt, due at once. */
    public static Delivery pending(String eventId, String eventType, String endpointId, String projectOwnerId, String url,
            String payload, Instant now) {
        return planned(eventId, now, eventType, endpointId, projectOwnerId, url, payload, now, now);
    }

    /** A delivery of an event of time {@code now}, waiting for its first attempt, due at {@code due}. */
    public static Delivery pending(String eventId, String eventType, String endpointId, String projectOwnerId, String url,
            String payload, Instant now, Instant due) {
        return planned(eventId, now, eventType, endpointId, projectOwnerId, url, payload, now, due);
    }

    /**
     * The delivery of an event that happened at {@code eventTime} (which makes its id), created {@code now}, waiting
     * for its first attempt, due at {@code due} (a transport's lease on it, or at once).
     */
    public static Delivery planned(String eventId, Instant eventTime, String eventType, String endpointId,
            String projectOwnerId, String url, String payload, Instant now, Instant due) {
        return new Delivery(idFor(eventId, endpointId, eventTime), eventId, eventType, endpointId, projectOwnerId, url,
                DeliveryStatus.PENDING, 0, List.of(), null, now, now, due, payload);
    }

    /**
     * This delivery once an attempt was recorded: {@code attempt} appended (null when none was made, e.g. while the
     * URL's circuit breaker is open), and its next state.
     */
    public Delivery after(Attempt attempt, DeliveryStatus nextStatus, int nextSeriesAttempts, Instant nextAttemptAt,
            String error, Instant at) {
        List<Attempt> all = attempts;
        if (attempt != null) {
            all = new ArrayList<>(attempts);
            all.add(attempt);
        }
        return new Delivery(id, eventId, eventType, endpointId, projectOwnerId, url, nextStatus, nextSeriesAttempts, all,
                error, createdAt, at, nextAttemptAt, payload);
    }
}
