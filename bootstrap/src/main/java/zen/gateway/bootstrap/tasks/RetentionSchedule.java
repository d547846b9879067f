package zen.gateway.bootstrap.tasks;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zen.gateway.application.port.inbound.retention.PurgeExpiredUseCase;

/**
 * Runs the retention purge on a thread of its own, every period, and counts what it removed
 * ({@code zen.retention.removed.<kind>}). Ingest never waits for it: the purge writes in short batches of its own,
 * and a run that fails is logged and tried again at the next period. The admin task goes through {@link #purgeExpired} too, so
 * that a scheduled run and a manual one never overlap.
 */
public final class RetentionSchedule implements Managed, PurgeExpiredUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final PurgeExpiredUseCase purge;
    private final MetricRegistry metrics;
    private final Duration every;
    private final boolean scheduled;
    private ScheduledExecutorService executor;

    public RetentionSchedule(PurgeExpiredUseCase purge, MetricRegistry metrics, Duration every, boolean scheduled) {
        this.purge = purge;
        this.metrics = metrics;
        this.every = every;
        this.scheduled = scheduled;
    }

    @Override
    public void start() {
        if (!scheduled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "retention-purge");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            purgeExpired();
        } catch (RuntimeException e) {
            LOG.warn("The retention purge failed; it runs again in {}", every, e);
        }
    }

    @Override
    public synchronized Map<String, Long> purgeExpired() {
        Map<String, Long> removed = purge.purgeExpired();
        removed.forEach((kind, count) -> metrics.counter("zen.retention.removed." + kind).inc(count));
        if (removed.values().stream().anyMatch(count -> count > 0)) {
            LOG.info("Retention removed {}", removed);
        }
        return removed;
    }

    @Override
    public void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
