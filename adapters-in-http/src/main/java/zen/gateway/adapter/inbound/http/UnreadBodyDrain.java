package zen.gateway.adapter.inbound.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads what is left of a request body once a synchronous request has been answered: Jersey answers an unknown
 * path (404), method (405) or media type (415) without reading the body, and Jetty then closes the connection
 * after the answer is committed, without a {@code Connection: close} header; a client that pooled the connection
 * sees its next request fail unanswered. Bodies beyond {@code limit} are left, and their connection closed. The
 * webhook servlet drains its own early answers first, so that it can say {@code Connection: close} when it cannot.
 */
public final class UnreadBodyDrain extends HttpFilter {

    private final int limit;

    public UnreadBodyDrain(int limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request.isAsyncStarted() || request.getContentLengthLong() == 0) {
            return;
        }
        try {
            InputStream body = request.getInputStream();
            byte[] buffer = new byte[8192];
            long left = limit;
            for (int n; left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
                left -= n;
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away, or the body was taken as a reader: nothing left to keep usable
        }
    }
}
