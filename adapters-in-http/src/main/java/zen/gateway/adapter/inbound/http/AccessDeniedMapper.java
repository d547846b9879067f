package zen.gateway.adapter.inbound.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import zen.gateway.application.port.inbound.access.AccessDeniedException;

/** A known key asking for what it may not have: 403, saying why. */
final class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
        return ApiError.of(403, e.getMessage());
    }
}
