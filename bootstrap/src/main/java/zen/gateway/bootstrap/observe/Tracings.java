package zen.gateway.bootstrap.observe;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Map;
import zen.gateway.application.port.outbound.observe.Tracing;
import zen.gateway.bootstrap.config.EnvironmentVariables;

/**
 * Chooses the gateway's tracing once at start. {@code OTEL_EXPORTER_OTLP_ENDPOINT} set: the OpenTelemetry SDK,
 * configured by its own standard variables ({@code OTEL_SERVICE_NAME}, {@code OTEL_TRACES_SAMPLER}, …) and exporting
 * over OTLP. Else, an OpenTelemetry already installed in the JVM (the Java agent's, a test's). Else off: every span
 * call is a no-op on a constant, so tracing costs nothing worth measuring when nobody collects it.
 */
public final class Tracings {

    public static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /**
     * OTLP over HTTP (port 4318), the protocol OpenTelemetry's specification makes the default, rather than the Java
     * SDK's gRPC: the jar ships the JDK's HTTP sender only, no gRPC stack. Defaults only: the OTEL_* variables win.
     * Metrics and logs are not exported (the Prometheus endpoint and the log lines carry those).
     */
    private static final Map<String, String> HTTP_BY_DEFAULT = Map.of(
            "otel.exporter.otlp.protocol", "http/protobuf", "otel.metrics.exporter", "none", "otel.logs.exporter", "none");

    private Tracings() {}

    /** The tracing to use, and what to close at shutdown (flushes spans not yet exported); null when nothing. */
    public record Chosen(Tracing tracing, AutoCloseable closer) {}

    public static Chosen choose(EnvironmentVariables environment) {
        if (environment.value(ENDPOINT).isPresent()) {
            OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
                    .addPropertiesSupplier(() -> HTTP_BY_DEFAULT)
                    .build().getOpenTelemetrySdk();
            return new Chosen(new OpenTelemetryTracing(sdk), sdk);
        }
        if (GlobalOpenTelemetry.isSet()) {
            return new Chosen(new OpenTelemetryTracing(GlobalOpenTelemetry.get()), null);
        }
        return new Chosen(Tracing.OFF, null);
    }
}
