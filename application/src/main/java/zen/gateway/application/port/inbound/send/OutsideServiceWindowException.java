package zen.gateway.application.port.inbound.send;

import java.time.Instant;

/**
 * A free-form text to a customer whose customer-service window is closed (they never wrote, or last wrote more than
 * 24 hours ago): WhatsApp would refuse it (Meta 131047, Twilio 63016), so it is refused before it is queued (HTTP 422)
 * unless the request says {@code force}.
 */
public final class OutsideServiceWindowException extends RuntimeException {

    /** The error word the API answers, as the issue and the clients that branch on it expect. */
    public static final String ERROR = "outside_customer_service_window";

    private final transient Instant closedAt;

    public OutsideServiceWindowException(String to, Instant closedAt) {
        super(closedAt == null
                ? to + " has never written to this project: only a template may be sent (or set \"force\": true)"
                : to + "'s customer-service window closed at " + closedAt + ": only a template may be sent (or set \"force\": true)");
        this.closedAt = closedAt;
    }

    /** When the window closed; null when the customer never wrote. */
    public Instant closedAt() {
        return closedAt;
    }
}
