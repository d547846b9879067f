package zen.gateway.adapter.inbound.http;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import zen.gateway.application.port.inbound.access.Caller;

/**
 * Takes the key from {@code Authorization: Bearer <key>} and nowhere else. A key in the URL is refused even when the
 * header is right: URLs end up in access logs, proxies and browser histories, and a client that puts the key there
 * must learn it at once, not after the key leaked. (Dropwizard's OAuth filter also reads {@code ?access_token=},
 * hence a filter of our own.) Every refusal is a 401 in the gateway's error shape with {@code WWW-Authenticate}.
 */
@Priority(Priorities.AUTHENTICATION)
final class BearerKeyFilter extends AuthFilter<String, Caller> {

    private static final String SCHEME = "Bearer";
    private static final Set<String> KEY_PARAMETERS = Set.of("access_token", "api_key", "apikey", "key", "token",
            "authorization", "bearer");
    private static final Pattern KEY_SHAPED = Pattern.compile("zen_[A-Za-z0-9_-]{43}");

    @Override
    public void filter(ContainerRequestContext request) {
        if (carriesAKey(request.getUriInfo().getQueryParameters())) {
            throw Unauthorized.because("API keys are taken from the Authorization header only, never from the URL "
                    + "(it ends up in logs): send Authorization: Bearer <key>, and revoke a key that was sent in a URL");
        }
        String key = bearerKey(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (key == null) {
            throw Unauthorized.because("an API key is required: send Authorization: Bearer <key>");
        }
        if (!authenticate(request, key, SCHEME)) {
            throw Unauthorized.because("the API key is unknown, revoked or expired");
        }
    }

    private static boolean carriesAKey(MultivaluedMap<String, String> query) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (KEY_PARAMETERS.contains(parameter.getKey().toLowerCase(Locale.ROOT))
                    || parameter.getValue().stream().anyMatch(value -> KEY_SHAPED.matcher(value.trim()).matches())) {
                return true;
            }
        }
        return false;
    }

    /** The key of a {@code Bearer} header (the scheme in any case), or null. */
    static String bearerKey(String header) {
        if (header == null) {
            return null;
        }
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0 || !trimmed.substring(0, space).equalsIgnoreCase(SCHEME)) {
            return null;
        }
        String key = trimmed.substring(space + 1).trim();
        return key.isEmpty() ? null : key;
    }

    /** Builds the filter with the authenticator and authorizer dropwizard-auth calls. */
    static final class Builder extends AuthFilterBuilder<String, Caller, BearerKeyFilter> {
        @Override
        protected BearerKeyFilter newInstance() {
            return new BearerKeyFilter();
        }
    }
}
