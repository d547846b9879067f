package zen.gateway.domain.delivery;

/** Where one delivery (one event to one endpoint) stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt. */
    PENDING,
    /** At least one attempt failed; another is scheduled. */
    RETRYING,
    /** The receiver took it. */
    DELIVERED,
    /** Given up: permanent failure, retries exhausted, or endpoint gone. Replayable. */
    DEAD_LETTERED;

    public boolean finished() {
        return this == DELIVERED || this == DEAD_LETTERED;
    }
}
