package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.List;
import zen.gateway.application.port.outbound.forwarding.AttemptLog;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;

/** Times writing attempts to the delivery log ({@code zen.store.deliveries.record}). */
public final class TimedAttemptLog implements AttemptLog {

    private final AttemptLog store;
    private final Timer record;

    public TimedAttemptLog(AttemptLog store, MetricRegistry metrics) {
        this.store = store;
        this.record = metrics.timer("zen.store.deliveries.record");
    }

    @Override
    public void record(List<AttemptRecord> records) {
        try (Timer.Context ignored = record.time()) {
            store.record(records);
        }
    }
}
