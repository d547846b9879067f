package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A management request whose JSON cannot be read gets a 400 naming the problem, in the gateway's error shape. */
final class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        return ApiError.of(400, "invalid JSON: " + e.getOriginalMessage());
    }
}
