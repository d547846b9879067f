package zen.gateway.adapter.inbound.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * A total deadline for reading a request body, counted from the request's arrival. Jetty's idle timeout only
 * bounds the pause between two bytes, so a client sending one byte every 10 s held its connection and a thread
 * forever; Jetty's minimum data rate misfires on small bodies read slowly by a loaded server. With this deadline a
 * read that returns after it fails with {@link TooSlow}: such a client holds a thread for at most the deadline plus
 * one idle timeout. The webhook servlet answers it 408, the API too ({@link RequestLimits}).
 */
public final class BodyReadDeadline extends HttpFilter {

    /** What a read past the deadline throws. */
    static final class TooSlow extends IOException {
        TooSlow(Duration deadline) {
            super("the body was not received within " + deadline.toSeconds() + " s");
        }
    }

    private final Duration deadline;

    public BodyReadDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() == 0) {
            chain.doFilter(request, response);
            return;
        }
        Duration allowed = BulkUploads.isUpload(request.getMethod(), request.getRequestURI())
                ? BulkUploads.READ_DEADLINE.plus(deadline)
                : deadline;
        long endsAt = System.nanoTime() + allowed.toNanos();
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream wrapped;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (wrapped == null) {
                    wrapped = new Deadlined(super.getInputStream(), endsAt, allowed);
                }
                return wrapped;
            }
        }, response);
    }

    private static final class Deadlined extends ServletInputStream {
        private final ServletInputStream in;
        private final long endsAt;
        private final Duration deadline;

        Deadlined(ServletInputStream in, long endsAt, Duration deadline) {
            this.in = in;
            this.endsAt = endsAt;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            checkTime();
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            checkTime();
            return n;
        }

        private void checkTime() throws TooSlow {
            if (System.nanoTime() - endsAt > 0) {
                throw new TooSlow(deadline);
            }
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
