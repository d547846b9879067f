package zen.gateway.domain.access;

import java.util.Locale;

/** How a change that was asked for ended: done, refused (the caller's error), or failed (the gateway's). */
public enum AuditOutcome {
    SUCCEEDED, REFUSED, FAILED;

    /** The outcome an HTTP status says: 2xx and 3xx succeeded, 4xx refused, 5xx failed. */
    public static AuditOutcome ofStatus(int status) {
        if (status >= 500) {
            return FAILED;
        }
        return status >= 400 ? REFUSED : SUCCEEDED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
