package zen.gateway.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import zen.gateway.adapter.embedded.SpillOver;

/**
 * What the local spill holds. Healthy while it has room: spilling is how ingest stays up while its queue is away,
 * and the queue's own check says the queue is away. Unhealthy once it is nearly full, because ingest answers 503
 * when it is.
 */
public final class SpillHealthCheck extends HealthCheck {

    private static final double NEARLY_FULL = 0.9;

    private final SpillOver spill;
    private final String primary;

    public SpillHealthCheck(SpillOver spill, String primary) {
        this.spill = spill;
        this.primary = primary;
    }

    @Override
    protected Result check() {
        long held = spill.spilledBytes();
        String figures = String.format("%d webhooks (%d of %d bytes) wait in the local spill; %d spilled and %d drained "
                + "to %s since start", spill.spilled(), held, spill.maxBytes(), spill.spilledTotal(), spill.drainedTotal(), primary);
        if (held >= spill.maxBytes() * NEARLY_FULL) {
            return Result.unhealthy("the local spill is nearly full: " + figures);
        }
        return Result.healthy((spill.spilling() ? "draining: " : "") + figures);
    }
}
