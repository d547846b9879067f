package zen.gateway.application.port.outbound.forwarding;

import java.time.Instant;
import java.util.Objects;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * What to write after an attempt: the attempt to append (null when the delivery was only put off, e.g. while
 * its URL's circuit breaker is open) and the delivery's next state. {@code nextAttemptAt} is null once the
 * delivery is finished.
 */
public record AttemptRecord(
        String deliveryId,
        Attempt attempt,
        DeliveryStatus status,
        int seriesAttempts,
        Instant nextAttemptAt,
        String lastError,
        Instant at) {

    public AttemptRecord {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        if (!status.finished() && nextAttemptAt == null) {
            throw new IllegalArgumentException("an unfinished delivery needs a next attempt time");
        }
    }
}
