package zen.gateway.adapter.inbound.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, else a new UUID. It is answered
 * back, put in the logging MDC as {@code request_id} for every line the request causes on its thread, and seen by
 * the rest of the request as if the caller had sent it, so a webhook's envelope keeps it (and its deliveries send it
 * on). A caller's id that could forge log lines or headers (spaces, quotes, control characters, over 128
 * characters) is replaced, not echoed.
 */
public final class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getHeader(HEADER);
        boolean sane = given != null && SANE.matcher(given).matches();
        String id = sane ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        try (var ignored = inMdc(id)) {
            chain.doFilter(sane ? request : new WithRequestId(request, id), response);
        }
    }

    /** Puts {@code id} in the MDC until closed (nothing when null): for work a request hands to another thread. */
    public static MDC.MDCCloseable inMdc(String id) {
        return id == null ? null : MDC.putCloseable(MDC_KEY, id);
    }

    /** The request as if the caller had sent {@code X-Request-Id: id} (and no other value of it). */
    private static final class WithRequestId extends HttpServletRequestWrapper {

        private final String id;

        WithRequestId(HttpServletRequest request, String id) {
            super(request);
            this.id = id;
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? id : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(Set.of(id)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
            names.removeIf(HEADER::equalsIgnoreCase);
            names.add(HEADER);
            return Collections.enumeration(names);
        }
    }
}
