package zen.gateway.adapter.inbound.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import zen.gateway.application.port.inbound.send.SendConflictException;

/** A send request that contradicts what exists: 409. */
final class SendConflictMapper implements ExceptionMapper<SendConflictException> {
    @Override
    public Response toResponse(SendConflictException e) {
        return ApiError.of(409, e.getMessage());
    }
}
