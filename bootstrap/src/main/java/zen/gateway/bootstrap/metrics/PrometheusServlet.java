package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The metric registry in Prometheus' text format ({@code GET /prometheus} on the admin port), so a Prometheus
 * server can scrape the gateway without an agent. Counters and meters become counters, gauges gauges, timers and
 * histograms summaries (timers in seconds).
 */
public final class PrometheusServlet extends HttpServlet {

    private static final Pattern INVALID = Pattern.compile("[^a-zA-Z0-9_:]");
    private static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.99, 0.999};

    private final transient MetricRegistry metrics;

    public PrometheusServlet(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        PrintWriter out = response.getWriter();
        for (Map.Entry<String, Gauge> e : metrics.getGauges().entrySet()) {
            Object value = e.getValue().getValue();
            if (value instanceof Number number) {
                sample(out, name(e.getKey()), "gauge", number.doubleValue());
            } else if (value instanceof Boolean flag) {
                sample(out, name(e.getKey()), "gauge", flag ? 1 : 0);
            }
        }
        for (Map.Entry<String, Counter> e : metrics.getCounters().entrySet()) {
            sample(out, name(e.getKey()), "counter", e.getValue().getCount());
        }
        for (Map.Entry<String, Meter> e : metrics.getMeters().entrySet()) {
            sample(out, name(e.getKey()) + "_total", "counter", e.getValue().getCount());
        }
        for (Map.Entry<String, Histogram> e : metrics.getHistograms().entrySet()) {
            summary(out, name(e.getKey()), e.getValue().getSnapshot(), e.getValue().getCount(), 1.0);
        }
        for (Map.Entry<String, Timer> e : metrics.getTimers().entrySet()) {
            summary(out, name(e.getKey()) + "_seconds", e.getValue().getSnapshot(), e.getValue().getCount(),
                    1.0 / TimeUnit.SECONDS.toNanos(1));
        }
        out.flush();
    }

    private static void sample(PrintWriter out, String name, String type, double value) {
        out.printf("# TYPE %s %s%n%s %s%n", name, type, name, number(value));
    }

    private static void summary(PrintWriter out, String name, Snapshot snapshot, long count, double scale) {
        out.printf("# TYPE %s summary%n", name);
        for (double q : QUANTILES) {
            out.printf("%s{quantile=\"%s\"} %s%n", name, q, number(snapshot.getValue(q) * scale));
        }
        out.printf("%s_count %d%n", name, count);
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "NaN";
    }

    static String name(String metric) {
        String name = INVALID.matcher(metric).replaceAll("_");
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }
}
