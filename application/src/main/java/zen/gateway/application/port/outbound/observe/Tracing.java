package zen.gateway.application.port.outbound.observe;

import java.util.Map;

/**
 * Spans for the gateway's work, joined across queues and calls by W3C trace context headers ({@code traceparent},
 * {@code tracestate}) that the caller carries: in an envelope's headers, beside a planned delivery, on an outbound
 * request. No span is ever made current on a thread: the work is asynchronous and batched, so each span names its
 * parent explicitly. {@link #OFF} costs a call and nothing else. Thread-safe.
 *
 * <p>Where spans are made: ingest (the webhook until durable), processing (each envelope's share of its batch),
 * each forwarding attempt. A BSP send client traces a call the same way: {@code start("bsp.send " + provider,
 * Kind.CLIENT, message's context)}, {@link Span#inject} into the request's headers, {@link Span#failed} on an error,
 * {@link Span#close} when the answer is in.
 */
public interface Tracing {

    enum Kind { SERVER, CONSUMER, CLIENT, INTERNAL }

    /** A span child of the context in {@code parent} (a new trace when it holds none), started now. */
    Span start(String name, Kind kind, Map<String, String> parent);

    /** Whether spans go anywhere; when not, callers skip work done only for tracing. */
    default boolean enabled() {
        return true;
    }

    /** One unit of work being timed; closing it ends it. */
    interface Span extends AutoCloseable {

        /** Writes this span's context, as W3C headers, into {@code headers}. */
        void inject(Map<String, String> headers);

        void attribute(String key, String value);

        void failed(String reason);

        @Override
        void close();
    }

    Span NO_SPAN = new Span() {
        @Override
        public void inject(Map<String, String> headers) {}

        @Override
        public void attribute(String key, String value) {}

        @Override
        public void failed(String reason) {}

        @Override
        public void close() {}
    };

    Tracing OFF = new Tracing() {
        @Override
        public Span start(String name, Kind kind, Map<String, String> parent) {
            return NO_SPAN;
        }

        @Override
        public boolean enabled() {
            return false;
        }
    };
}
