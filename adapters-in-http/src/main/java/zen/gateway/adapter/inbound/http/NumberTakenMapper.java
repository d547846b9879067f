package zen.gateway.adapter.inbound.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import zen.gateway.application.port.inbound.projects.NumberTakenException;

/** A business number another project has, asked for by a project key: 409. */
final class NumberTakenMapper implements ExceptionMapper<NumberTakenException> {
    @Override
    public Response toResponse(NumberTakenException e) {
        return ApiError.of(409, e.getMessage());
    }
}
