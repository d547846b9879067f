package zen.gateway.adapter.inbound.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The 401 of the API: the gateway's error shape, and the scheme to use in {@code WWW-Authenticate}. */
final class Unauthorized {

    static final String CHALLENGE = "Bearer realm=\"zen-gateway\"";

    private Unauthorized() {}

    static Response answer(String error) {
        return Response.fromResponse(ApiError.of(401, error)).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    static WebApplicationException because(String error) {
        return new WebApplicationException(answer(error));
    }
}
