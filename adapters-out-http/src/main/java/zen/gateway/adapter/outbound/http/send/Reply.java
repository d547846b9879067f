package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * A provider's answer: status, its {@code Retry-After} as a wait (null when absent or unreadable), and the start of
 * its body (see {@link CappedBody}).
 */
record Reply(int status, Duration retryAfter, String body) {

    boolean successful() {
        return status >= 200 && status < 300;
    }

    JsonNode json() {
        return Json.read(body);
    }

    /** How a reason names this reply. */
    String describe() {
        return "HTTP " + status;
    }

    /** The start of the body on one line, for a reason when the provider's words could not be read. */
    String snippet() {
        String oneLine = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}
