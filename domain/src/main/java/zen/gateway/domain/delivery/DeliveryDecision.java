package zen.gateway.domain.delivery;

import java.time.Duration;

/** What follows a delivery attempt. */
public sealed interface DeliveryDecision {

    record Delivered() implements DeliveryDecision {}

    record RetryLater(Duration delay) implements DeliveryDecision {}

    /** No more attempts; the delivery waits in the dead-letter queue for a replay. */
    record DeadLettered(String reason) implements DeliveryDecision {}

    /** The receiver answered 410 Gone: dead-letter this delivery and disable the endpoint. */
    record EndpointGone() implements DeliveryDecision {}
}
