package zen.gateway.bootstrap;

import com.codahale.metrics.health.HealthCheck;

/** The store answers a real round trip. */
final class StoreHealthCheck extends HealthCheck {

    private final Stores stores;

    StoreHealthCheck(Stores stores) {
        this.stores = stores;
    }

    @Override
    protected Result check() {
        stores.ping().run();
        return Result.healthy("%s store answers", stores.kind());
    }
}
