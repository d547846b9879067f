package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON answer written straight to a servlet response, for the webhook servlet, which answers outside Jersey.
 * Errors have the shape of every other error of the gateway ({@link ApiError}).
 */
record JsonAnswer(int status, Map<String, Object> body, Map<String, String> headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonAnswer of(int status, Map<String, Object> body) {
        return new JsonAnswer(status, body, Map.of());
    }

    static JsonAnswer error(int status, String error) {
        return error(status, error, Map.of());
    }

    static JsonAnswer error(int status, String error, Map<String, Object> extra) {
        return of(status, ApiError.body(status, error, extra));
    }

    JsonAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new JsonAnswer(status, body, more);
    }

    /** For an answer that leaves the request's body unread: the connection cannot carry another request. */
    JsonAnswer closingConnection() {
        return withHeader("Connection", "close");
    }

    void writeTo(HttpServletResponse response) throws IOException {
        byte[] bytes = bytes();
        response.setStatus(status);
        headers.forEach(response::setHeader);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private byte[] bytes() {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
