package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import jakarta.servlet.Servlet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.CircuitBreakerControl;

/**
 * The gateway's labelled metrics in the Prometheus client library, where a person slices: webhooks by BSP and
 * outcome, deliveries by outcome, attempts' latency as a histogram, sends by BSP and outcome, backlogs by queue,
 * breakers by state. Dropwizard's registry is bridged into the same scrape ({@code GET /prometheus} on the admin
 * port). Thread-safe.
 */
public final class PrometheusMetrics {

    /** The breaker states always reported, at 0 when no breaker is in them, so an alert has a series to watch. */
    private static final List<String> BREAKER_STATES = List.of("CLOSED", "OPEN", "HALF_OPEN");

    /** Attempts take milliseconds to the request timeout (15 s by default): buckets from 5 ms to 30 s. */
    private static final double[] ATTEMPT_BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final MetricRegistry dropwizard;
    private final Counter webhooks;
    private final Counter deliveries;
    private final Counter sends;
    private final Histogram attemptLatency;

    public PrometheusMetrics(MetricRegistry dropwizard) {
        this.dropwizard = dropwizard;
        registry.register(new DropwizardBridge(dropwizard));
        webhooks = Counter.builder().name("zen_webhooks")
                .help("Webhooks answered, by BSP and outcome: accepted (200), quarantined (202), rejected (400), "
                        + "unauthorized (401), unavailable (503)")
                .labelNames("bsp", "outcome").register(registry);
        deliveries = Counter.builder().name("zen_deliveries")
                .help("Forwarding attempts' outcomes: delivered, retrying, dead_lettered, or deferred (not sent: breaker open, "
                        + "endpoint paused)")
                .labelNames("outcome").register(registry);
        sends = Counter.builder().name("zen_sends")
                .help("Messages sent through a BSP, by BSP and outcome").labelNames("bsp", "outcome").register(registry);
        attemptLatency = Histogram.builder().name("zen_delivery_attempt_duration_seconds").unit(Unit.SECONDS)
                .help("How long a forwarding attempt took, to the customer endpoint's answer or the error")
                .classicOnly().classicUpperBounds(ATTEMPT_BUCKETS).register(registry);
    }

    public void webhook(String bsp, String outcome) {
        webhooks.labelValues(bsp, outcome).inc();
    }

    /** For the send path: one call per message handed to a BSP's client, with what came of it. */
    public void send(String bsp, String outcome) {
        sends.labelValues(bsp, outcome).inc();
    }

    void attempt(AttemptRecord record) {
        String status = record.status().name().toLowerCase(Locale.ROOT);
        if (record.attempt() != null) {
            deliveries.labelValues(status).inc();
            attemptLatency.observe(record.attempt().latencyMillis() / 1000.0);
        } else {
            // nothing sent: put off (breaker open, endpoint paused), or given up (endpoint deleted or disabled)
            deliveries.labelValues(record.status().finished() ? status : "deferred").inc();
        }
    }

    /**
     * What waits, by queue, read from the Dropwizard gauges of the same name so that a scrape costs no more than
     * those (each cached for a second): {@code inbound}, {@code forwarding} and, when it exists, {@code spill}.
     */
    public void backlogs(Map<String, String> gaugeByQueue) {
        GaugeWithCallback.builder().name("zen_queue_backlog")
                .help("What waits in each queue: inbound envelopes, unfinished deliveries, spilled webhooks; -1 unreadable")
                .labelNames("queue")
                .callback(callback -> gaugeByQueue.forEach((queue, gauge) -> {
                    Gauge<?> read = dropwizard.getGauges().get(gauge);
                    if (read != null && read.getValue() instanceof Number n) {
                        callback.call(n.doubleValue(), queue);
                    }
                })).register(registry);
    }

    public void breakers(CircuitBreakerControl control) {
        GaugeWithCallback.builder().name("zen_circuit_breakers")
                .help("Customer endpoint URLs' circuit breakers, by state").labelNames("state")
                .callback(callback -> {
                    Map<String, Long> counts = control.states().values().stream()
                            .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
                    BREAKER_STATES.forEach(state -> callback.call(counts.getOrDefault(state, 0L), state));
                }).register(registry);
    }

    public Servlet servlet() {
        return new PrometheusMetricsServlet(registry);
    }

    PrometheusRegistry registry() {
        return registry;
    }
}
