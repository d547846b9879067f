package zen.gateway.adapter.outbound.http.send;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a stand-in answers: a status, headers and a body, or no answer at all ({@link #hang()}). */
public record StandInAnswer(int status, Map<String, String> headers, String body, boolean hangs) {

    public StandInAnswer {
        headers = Map.copyOf(headers);
    }

    public static StandInAnswer json(int status, String body) {
        return of(status, "application/json", body);
    }

    public static StandInAnswer of(int status, String contentType, String body) {
        return new StandInAnswer(status, Map.of("Content-Type", contentType), body, false);
    }

    /** Reads the request and never answers, until the stand-in is closed or {@link BspStandIn#releaseHung()}. */
    public static StandInAnswer hang() {
        return new StandInAnswer(0, Map.of(), "", true);
    }

    public StandInAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new StandInAnswer(status, more, body, hangs);
    }

    /** Adds {@code Retry-After} in seconds; unchanged for null. */
    public StandInAnswer withRetryAfter(Duration wait) {
        return wait == null ? this : withHeader("Retry-After", String.valueOf(wait.toSeconds()));
    }
}
