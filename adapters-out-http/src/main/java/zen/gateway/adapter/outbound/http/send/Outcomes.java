package zen.gateway.adapter.outbound.http.send;

import java.time.Duration;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendOutcome.Rejected.Kind;
import zen.gateway.domain.send.SendErrorClass;

/** Turns what a provider's error means into what the caller may do about it. */
final class Outcomes {

    /** Reasons end up in logs and API answers; a provider's essay is cut here. */
    static final int MAX_REASON_LENGTH = 500;

    private Outcomes() {}

    /**
     * @param code   the provider's own error code, null when it gave none
     * @param reason the provider's words, with the HTTP status
     */
    static SendOutcome of(SendErrorClass meaning, String code, String reason, Duration retryAfter) {
        String shortReason = shorten(reason);
        return switch (meaning) {
            case THROTTLED -> new SendOutcome.Throttled(retryAfter, code, shortReason);
            // A fault on the provider's side after it received the request: the message may be out.
            case SERVER_FAULT -> new SendOutcome.Ambiguous(code == null ? shortReason : shortReason + " (code " + code + ")");
            case OUTSIDE_WINDOW -> new SendOutcome.Rejected(code, shortReason, Kind.OUTSIDE_WINDOW);
            case PERMANENT -> new SendOutcome.Rejected(code, shortReason, Kind.PERMANENT);
            case SENDER_BLOCKED -> new SendOutcome.Rejected(code, shortReason, Kind.SENDER_BLOCKED);
        };
    }

    /** For an error reply without a verdict the provider's table knows: only its status says anything. */
    static SendOutcome byStatus(Reply reply) {
        return of(HttpStatusFallback.classify(reply.status()), null, reason(reply, reply.snippet()), reply.retryAfter());
    }

    /** The reply's status, then the provider's words where it gave any. */
    static String reason(Reply reply, String... words) {
        StringBuilder reason = new StringBuilder(reply.describe());
        for (String word : words) {
            if (word != null && !word.isBlank()) {
                reason.append(reason.length() == reply.describe().length() ? ": " : " - ").append(word.strip());
            }
        }
        return reason.toString();
    }

    static String shorten(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}
