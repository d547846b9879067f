package zen.gateway.bootstrap.metrics;

import java.util.Locale;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.send.SendEvents;

/** Counts what becomes of sends by BSP and outcome (the {@code zen_sends} counter), then tells the events it wraps. */
public final class CountedSendEvents implements SendEvents {

    private final SendEvents inner;
    private final PrometheusMetrics prometheus;

    public CountedSendEvents(SendEvents inner, PrometheusMetrics prometheus) {
        this.inner = inner;
        this.prometheus = prometheus;
    }

    @Override
    public void queued(SendRecord send) {
        prometheus.send(send.provider().id(), "queued");
        inner.queued(send);
    }

    @Override
    public void settled(SendRecord send) {
        prometheus.send(send.provider().id(), send.state().name().toLowerCase(Locale.ROOT));
        inner.settled(send);
    }
}
