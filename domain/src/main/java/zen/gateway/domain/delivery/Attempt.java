package zen.gateway.domain.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One try at delivering: when, the receiver's status code (null when it never answered), how long it took,
 * what went wrong (null on success) and the start of the receiver's answer (at most 10 KB).
 */
public record Attempt(int number, Instant at, Integer statusCode, long latencyMillis, String error, String responseBody) {

    public static final int MAX_RESPONSE_CHARS = 10 * 1024;

    public Attempt {
        Objects.requireNonNull(at, "at");
        if (number < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1");
        }
        if (responseBody != null && responseBody.length() > MAX_RESPONSE_CHARS) {
            responseBody = responseBody.substring(0, MAX_RESPONSE_CHARS);
        }
    }

    public boolean succeeded() {
        return error == null;
    }
}
