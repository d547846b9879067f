package zen.gateway.bootstrap.observe;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.Map;
import zen.gateway.application.port.outbound.observe.Tracing;

/** The tracing port on OpenTelemetry: spans from its tracer, contexts carried by its propagators (W3C by default). */
final class OpenTelemetryTracing implements Tracing {

    /** Reads a carrier whose names may be in any case (envelope headers are lower-cased, HTTP ones are not). */
    private static final TextMapGetter<Map<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            if (carrier == null) {
                return null;
            }
            String exact = carrier.get(key);
            if (exact != null) {
                return exact;
            }
            return carrier.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    OpenTelemetryTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("zen-gateway");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    @Override
    public Span start(String name, Kind kind, Map<String, String> parent) {
        Context context = propagator.extract(Context.root(), parent, HEADERS);
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder(name).setParent(context).setSpanKind(kind(kind)).startSpan();
        return new Span() {
            @Override
            public void inject(Map<String, String> headers) {
                propagator.inject(Context.root().with(span), headers, Map::put);
            }

            @Override
            public void attribute(String key, String value) {
                span.setAttribute(key, value);
            }

            @Override
            public void failed(String reason) {
                span.setStatus(StatusCode.ERROR, reason);
            }

            @Override
            public void close() {
                span.end();
            }
        };
    }

    private static SpanKind kind(Kind kind) {
        return switch (kind) {
            case SERVER -> SpanKind.SERVER;
            case CONSUMER -> SpanKind.CONSUMER;
            case CLIENT -> SpanKind.CLIENT;
            case INTERNAL -> SpanKind.INTERNAL;
        };
    }
}
