package zen.gateway.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * Whether processing keeps up with ingest: degraded when the inbound backlog (envelopes acknowledged, not processed
 * yet) is past {@code health.maxInboundBacklog}, or grew by more than {@code health.maxBacklogGrowth} within
 * {@code health.backlogWindow}. The growth is measured between this check's own calls (monitoring polls it), against
 * the oldest one still within the window. Thread-safe.
 */
public final class IngestHealthCheck extends HealthCheck {

    private record Sample(long atNanos, long backlog) {}

    private final LongSupplier backlog;
    private final long maxBacklog;
    private final long maxGrowth;
    private final Duration window;
    private final LongSupplier nanoClock;
    private final Deque<Sample> samples = new ArrayDeque<>();

    public IngestHealthCheck(LongSupplier backlog, long maxBacklog, long maxGrowth, Duration window, LongSupplier nanoClock) {
        this.backlog = backlog;
        this.maxBacklog = maxBacklog;
        this.maxGrowth = maxGrowth;
        this.window = window;
        this.nanoClock = nanoClock;
    }

    @Override
    protected Result check() {
        long now = nanoClock.getAsLong();
        long waiting = backlog.getAsLong();
        long growth;
        long seconds;
        synchronized (samples) {
            while (!samples.isEmpty() && now - samples.peekFirst().atNanos() > window.toNanos()) {
                samples.pollFirst();
            }
            Sample oldest = samples.isEmpty() ? new Sample(now, waiting) : samples.peekFirst();
            growth = waiting - oldest.backlog();
            seconds = Duration.ofNanos(now - oldest.atNanos()).toSeconds();
            samples.addLast(new Sample(now, waiting));
        }
        String figures = String.format("%d envelopes wait to be processed (threshold %d), %+d in the last %d s (threshold +%d in %d s)",
                waiting, maxBacklog, growth, seconds, maxGrowth, window.toSeconds());
        if (waiting > maxBacklog || growth > maxGrowth) {
            return Result.unhealthy("degraded: " + figures);
        }
        return Result.healthy(figures);
    }
}
