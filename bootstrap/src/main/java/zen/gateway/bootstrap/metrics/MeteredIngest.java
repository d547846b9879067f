package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.concurrent.CompletableFuture;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.application.port.inbound.ingest.IngestWebhookCommand;
import zen.gateway.application.port.inbound.ingest.IngestWebhookUseCase;

/** Counts every ingest answer by kind and times how long durability took, per BSP-independent totals. */
public final class MeteredIngest implements IngestWebhookUseCase {

    private final IngestWebhookUseCase delegate;
    private final Timer durable;
    private final Meter accepted;
    private final Meter quarantined;
    private final Meter rejected;
    private final Meter unavailable;
    private final Meter unauthorized;

    public MeteredIngest(IngestWebhookUseCase delegate, MetricRegistry metrics) {
        this.delegate = delegate;
        this.durable = metrics.timer("zen.ingest.durable");
        this.accepted = metrics.meter("zen.ingest.accepted");
        this.quarantined = metrics.meter("zen.ingest.quarantined");
        this.rejected = metrics.meter("zen.ingest.rejected");
        this.unavailable = metrics.meter("zen.ingest.unavailable");
        this.unauthorized = metrics.meter("zen.ingest.unauthorized");
    }

    @Override
    public CompletableFuture<IngestResult> ingest(IngestWebhookCommand command) {
        Timer.Context timing = durable.time();
        return delegate.ingest(command).whenComplete((result, failure) -> {
            timing.stop();
            switch (result) {
                case IngestResult.Accepted a -> accepted.mark();
                case IngestResult.Quarantined q -> quarantined.mark();
                case IngestResult.Rejected r -> rejected.mark();
                case IngestResult.Unavailable u -> unavailable.mark();
                case IngestResult.Unauthorized u -> unauthorized.mark();
                case null -> unavailable.mark();
            }
        });
    }
}
