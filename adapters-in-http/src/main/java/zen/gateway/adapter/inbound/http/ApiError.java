package zen.gateway.adapter.inbound.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every error the gateway answers has the same shape: {@code {"status": 400, "error": "what is wrong"}}. */
final class ApiError {

    private ApiError() {}

    static Response of(int status, String error) {
        return of(status, error, Map.of());
    }

    static Response of(int status, String error, Map<String, Object> extra) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(status, error, extra)).build();
    }

    static Map<String, Object> body(int status, String error, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.putAll(extra);
        return body;
    }
}
