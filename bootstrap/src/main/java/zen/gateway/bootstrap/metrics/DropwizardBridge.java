package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.Counting;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Sampling;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;
import io.prometheus.metrics.model.snapshots.Quantile;
import io.prometheus.metrics.model.snapshots.Quantiles;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Dropwizard's registry (JVM, Jetty, Jersey and the gateway's timers and gauges) seen by the Prometheus registry,
 * so one scrape has both. The client library's own bridge targets Dropwizard Metrics 5 and this stack runs 4.2;
 * the mapping is the usual one: gauges stay gauges, counters and meters become counters, histograms and timers
 * summaries (timers in seconds). Names as before: dots become underscores.
 */
final class DropwizardBridge implements MultiCollector {

    private static final Pattern INVALID = Pattern.compile("[^a-zA-Z0-9_:]");
    private static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.99, 0.999};
    private static final double NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final MetricRegistry registry;

    DropwizardBridge(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MetricSnapshots collect() {
        List<MetricSnapshot> snapshots = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, Metric> e : registry.getMetrics().entrySet()) {
            MetricSnapshot snapshot = snapshot(name(e.getKey()), e.getValue());
            // two Dropwizard names may meet once sanitised (a.b-c, a.b_c): the library refuses a scrape with both
            if (snapshot != null && names.add(snapshot.getMetadata().getPrometheusName())) {
                snapshots.add(snapshot);
            }
        }
        return new MetricSnapshots(snapshots);
    }

    private static MetricSnapshot snapshot(String name, Metric metric) {
        return switch (metric) {
            case Gauge<?> gauge -> gauge(name, gauge.getValue());
            case Timer timer -> summary(name + "_seconds", timer.getSnapshot(), timer.getCount(), 1 / NANOS_PER_SECOND);
            case Sampling sampled when metric instanceof Counting counted ->
                    summary(name, sampled.getSnapshot(), counted.getCount(), 1);
            case Counting counted -> CounterSnapshot.builder().name(name)
                    .dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().value(counted.getCount()).build()).build();
            default -> null;
        };
    }

    private static MetricSnapshot gauge(String name, Object value) {
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else if (value instanceof Boolean flag) {
            number = flag ? 1 : 0;
        } else {
            return null; // text gauges (e.g. the JVM's deadlock list) have no Prometheus form
        }
        return GaugeSnapshot.builder().name(name)
                .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(number).build()).build();
    }

    private static MetricSnapshot summary(String name, Snapshot snapshot, long count, double scale) {
        Quantiles.Builder quantiles = Quantiles.builder();
        for (double q : QUANTILES) {
            quantiles.quantile(new Quantile(q, snapshot.getValue(q) * scale));
        }
        return SummarySnapshot.builder().name(name).dataPoint(SummarySnapshot.SummaryDataPointSnapshot.builder()
                .count(count).quantiles(quantiles.build()).build()).build();
    }

    /** A legal legacy name; a reserved suffix ({@code _total}, {@code _count}…) is dropped, as the library requires. */
    static String name(String metric) {
        String name = INVALID.matcher(metric).replaceAll("_");
        return PrometheusNaming.sanitizeMetricName(Character.isDigit(name.charAt(0)) ? "_" + name : name);
    }
}
