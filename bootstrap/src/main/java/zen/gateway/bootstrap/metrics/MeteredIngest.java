package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.application.port.inbound.ingest.IngestWebhookCommand;
import zen.gateway.application.port.inbound.ingest.IngestWebhookUseCase;

/**
 * Counts every ingest answer by outcome (Dropwizard meters {@code zen.ingest.<outcome>}, totals of every BSP;
 * the Prometheus counter by BSP and outcome) and times how long durability took.
 */
public final class MeteredIngest implements IngestWebhookUseCase {

    private final IngestWebhookUseCase delegate;
    private final PrometheusMetrics prometheus;
    private final Timer durable;
    private final Map<String, Meter> meters;

    public MeteredIngest(IngestWebhookUseCase delegate, MetricRegistry metrics, PrometheusMetrics prometheus) {
        this.delegate = delegate;
        this.prometheus = prometheus;
        this.durable = metrics.timer("zen.ingest.durable");
        this.meters = Stream.of("accepted", "quarantined", "rejected", "unavailable", "unauthorized")
                .collect(Collectors.toUnmodifiableMap(Function.identity(), outcome -> metrics.meter("zen.ingest." + outcome)));
    }

    @Override
    public CompletableFuture<IngestResult> ingest(IngestWebhookCommand command) {
        Timer.Context timing = durable.time();
        return delegate.ingest(command).whenComplete((result, failure) -> {
            timing.stop();
            String outcome = switch (result) {
                case IngestResult.Accepted a -> "accepted";
                case IngestResult.Quarantined q -> "quarantined";
                case IngestResult.Rejected r -> "rejected";
                case IngestResult.Unavailable u -> "unavailable";
                case IngestResult.Unauthorized u -> "unauthorized";
                case null -> "unavailable";
            };
            meters.get(outcome).mark();
            prometheus.webhook(command.bsp().id(), outcome);
        });
    }
}
