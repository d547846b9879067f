package zen.gateway.domain.delivery;

/** How an attempt's outcome is classified. */
public enum Verdict {
    /** 2xx: done. */
    SUCCEEDED,
    /** 408, 429, 5xx, timeouts and connection errors: worth another try. */
    RETRYABLE,
    /** 410 Gone: the receiver wants no more deliveries; the endpoint is disabled. */
    GONE,
    /** Any other answer: another try would get the same. */
    PERMANENT
}
