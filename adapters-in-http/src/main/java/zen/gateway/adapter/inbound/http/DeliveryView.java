package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import zen.gateway.application.port.inbound.forwarding.DeliveredMessage;
import zen.gateway.domain.delivery.Delivery;

/**
 * A delivery and every attempt made at it, as the logs API shows them, with the message it is about (its topic, wamid
 * or BSP id, status and customer) and the body sent, cut at {@link #BODY_LIMIT} characters and marked when cut.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record DeliveryView(
        // One component per field of the JSON answer.
        String deliveryId,
        String eventId,
        String eventType,
        String topic,
        String wamid,
        String messageStatus,
        String customerNumber,
        String endpointId,
        String webhookUrl,
        String status,
        int attemptsInSeries,
        List<AttemptView> attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAttemptAt,
        String body,
        boolean bodyTruncated) {

    /** 64 KB of JSON: far more than any BSP event, and a page of 500 entries stays answerable. */
    static final int BODY_LIMIT = 64 * 1024;

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AttemptView(int number, Instant at, Integer statusCode, long latencyMs, String error, String responseBody) {}

    static DeliveryView of(Delivery d, DeliveredMessage subject) {
        boolean cut = d.payload().length() > BODY_LIMIT;
        return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.eventType(), subject.wamid(), subject.status(),
                subject.customerNumber(), d.endpointId(), d.url(),
                d.status().name().toLowerCase(Locale.ROOT), d.seriesAttempts(),
                d.attempts().stream().map(a -> new AttemptView(a.number(), a.at(), a.statusCode(), a.latencyMillis(),
                        a.error(), a.responseBody())).toList(),
                d.lastError(), d.createdAt(), d.updatedAt(), d.status().finished() ? null : d.nextAttemptAt(),
                cut ? d.payload().substring(0, BODY_LIMIT) : d.payload(), cut);
    }
}
