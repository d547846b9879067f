package zen.gateway.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;

/** The store answers a real round trip. */
public final class StoreHealthCheck extends HealthCheck {

    private final String kind;
    private final Runnable ping;

    /** {@code ping} makes a real round trip, and throws when the store cannot answer. */
    public StoreHealthCheck(String kind, Runnable ping) {
        this.kind = kind;
        this.ping = ping;
    }

    @Override
    protected Result check() {
        ping.run();
        return Result.healthy("%s store answers", kind);
    }
}
