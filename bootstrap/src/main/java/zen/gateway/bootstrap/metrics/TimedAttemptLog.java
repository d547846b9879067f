package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.List;
import zen.gateway.application.port.outbound.forwarding.AttemptLog;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;

/**
 * Times writing attempts to the delivery log ({@code zen.store.deliveries.record}) and counts what they were: every
 * attempt passes here once, whatever the transport.
 */
public final class TimedAttemptLog implements AttemptLog {

    private final AttemptLog store;
    private final Timer record;
    private final PrometheusMetrics prometheus;

    public TimedAttemptLog(AttemptLog store, MetricRegistry metrics, PrometheusMetrics prometheus) {
        this.store = store;
        this.prometheus = prometheus;
        this.record = metrics.timer("zen.store.deliveries.record");
    }

    @Override
    public void record(List<AttemptRecord> records) {
        try (Timer.Context ignored = record.time()) {
            store.record(records);
        }
        records.forEach(prometheus::attempt);
    }
}
