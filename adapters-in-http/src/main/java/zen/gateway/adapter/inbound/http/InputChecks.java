package zen.gateway.adapter.inbound.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;
import java.util.Map;

/**
 * Every path and query parameter of an API request is checked before a resource sees it: ids are at most 128
 * printable characters (no control characters, no bidirectional overrides that make a log line lie), a cursor at most
 * 512; a path parameter is not blank. A value past these is no id the gateway made or stores, so the answer is 400
 * naming the parameter.
 */
@Priority(Priorities.AUTHORIZATION + 100)
final class InputChecks implements ContainerRequestFilter {

    private static final int MAX_CURSOR_CHARS = 512;

    @Override
    public void filter(ContainerRequestContext request) {
        request.getUriInfo().getPathParameters().forEach((name, values) -> values.forEach(value -> {
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
        }));
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> {
            if (name.equals("cursor")) {
                Ids.requirePrintable(name, value, MAX_CURSOR_CHARS);
            } else {
                Ids.requirePrintable(name, value, Ids.MAX_CHARS);
            }
        }));
    }
}
