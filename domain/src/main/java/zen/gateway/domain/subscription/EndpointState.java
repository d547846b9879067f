package zen.gateway.domain.subscription;

/** Whether an endpoint takes deliveries. */
public enum EndpointState {
    /** Takes deliveries. */
    ACTIVE,
    /** Paused by its owner; resumes on request. */
    PAUSED,
    /** Disabled by the gateway because the receiver answered 410 Gone; the owner re-enables it. */
    DISABLED
}
