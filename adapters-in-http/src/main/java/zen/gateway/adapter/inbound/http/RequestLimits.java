package zen.gateway.adapter.inbound.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds on every API request before anything reads it: a URL of at most 2 KB (414) and a body of at most 256 KB
 * (413), checked on the declared length and again while the body is read, for a body sent in chunks. A management
 * body is an endpoint, a key or a list of at most 1,000 ids: 256 KB is ten times the largest, and a 10 MB body
 * only costs memory. A campaign's recipient list is streamed and has a limit of its own ({@link BulkUploads}).
 * Webhooks are not Jersey's, and have their own limit ({@code maxBodyBytes}).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class RequestLimits implements ContainerRequestFilter {

    static final int MAX_URL_CHARS = 2048;
    static final int MAX_BODY_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getRequestUri().toString().length() > MAX_URL_CHARS) {
            request.abortWith(ApiError.of(414, "URL longer than " + MAX_URL_CHARS + " characters"));
            return;
        }
        long limit = BulkUploads.isUpload(request.getMethod(), request.getUriInfo().getPath())
                ? BulkUploads.MAX_BODY_BYTES
                : MAX_BODY_BYTES;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    private static jakarta.ws.rs.core.Response tooLarge(long limit) {
        return ApiError.of(413, "body larger than " + limit + " bytes");
    }

    /** Counts what is read and refuses past the limit: an unchecked exception that Jackson passes through. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (BodyReadDeadline.TooSlow e) {
                throw new WebApplicationException(ApiError.of(408, e.getMessage()));
            }
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (BodyReadDeadline.TooSlow e) {
                throw new WebApplicationException(ApiError.of(408, e.getMessage()));
            }
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new WebApplicationException(tooLarge(limit));
            }
        }
    }
}
