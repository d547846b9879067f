package zen.gateway.adapter.inbound.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jersey's own refusals (no such route, a method the route does not take, a media type it does not read) in the
 * gateway's error shape, keeping their headers ({@code Allow}, {@code WWW-Authenticate}, {@code Retry-After}). An
 * answer that already has a JSON body (the access filters') passes as it is.
 */
final class ClientErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = LoggerFactory.getLogger(ClientErrorMapper.class);

    @Override
    public Response toResponse(WebApplicationException e) {
        Response response = e.getResponse();
        if (response.hasEntity() && response.getEntity() instanceof Map) {
            return response;
        }
        if (response.getStatus() >= 500) {
            LOG.error("a request failed", e);
        }
        String reason = response.getStatusInfo().getReasonPhrase();
        String error = reason == null || reason.isBlank() ? "HTTP " + response.getStatus() : reason.toLowerCase(Locale.ROOT);
        return Response.fromResponse(response)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.body(response.getStatus(), error, Map.of()))
                .build();
    }
}
