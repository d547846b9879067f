package zen.gateway.adapter.inbound.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Commands validate themselves and throw {@link IllegalArgumentException}: that is the client's error, 400. */
final class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
        return ApiError.of(400, e.getMessage());
    }
}
