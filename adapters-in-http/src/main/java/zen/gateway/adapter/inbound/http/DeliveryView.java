package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import zen.gateway.domain.delivery.Delivery;

/** A delivery and every attempt made at it, as the logs API shows them. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record DeliveryView(
        // One component per field of the JSON answer.
        String deliveryId,
        String eventId,
        String eventType,
        String endpointId,
        String webhookUrl,
        String status,
        int attemptsInSeries,
        List<AttemptView> attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAttemptAt) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AttemptView(int number, Instant at, Integer statusCode, long latencyMs, String error, String responseBody) {}

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.endpointId(), d.url(),
                d.status().name().toLowerCase(Locale.ROOT), d.seriesAttempts(),
                d.attempts().stream().map(a -> new AttemptView(a.number(), a.at(), a.statusCode(), a.latencyMillis(),
                        a.error(), a.responseBody())).toList(),
                d.lastError(), d.createdAt(), d.updatedAt(), d.status().finished() ? null : d.nextAttemptAt());
    }
}
