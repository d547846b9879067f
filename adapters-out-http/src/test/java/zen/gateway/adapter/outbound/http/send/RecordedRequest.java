package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request a stand-in received, and what it found wrong with it against the provider's doc ({@link #problems()}
 * empty when the request is exactly as documented).
 *
 * @param headers by lower-case name
 * @param query   the raw query, null when none
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, String body,
                              List<String> problems) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
        problems = List.copyOf(problems);
    }

    RecordedRequest withProblems(List<String> found) {
        return new RecordedRequest(method, path, query, headers, body, found);
    }

    /** The first value of a header, null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as JSON; a missing node when it is not JSON. */
    public JsonNode json() {
        return StandInJson.read(body);
    }

    /** The body as form fields, decoded, each name with all its values in order. */
    public Map<String, List<String>> form() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    /** The first value of a form field, null when absent. */
    public String formValue(String name) {
        List<String> values = form().get(name);
        return values == null ? null : values.get(0);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
