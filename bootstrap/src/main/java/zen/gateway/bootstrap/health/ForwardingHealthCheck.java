package zen.gateway.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import zen.gateway.application.port.outbound.forwarding.CircuitBreakerControl;

/**
 * Whether forwarding keeps up: degraded when the deliveries not finished yet, or the open circuit breakers, pass their
 * thresholds ({@code health.maxUnfinishedDeliveries}, {@code health.maxOpenBreakers}). The figures are in the message
 * either way, and the open breakers' URLs (without query or user info) when there are any.
 */
public final class ForwardingHealthCheck extends HealthCheck {

    private static final int URLS_SHOWN = 5;

    private final LongSupplier unfinished;
    private final CircuitBreakerControl breakers;
    private final long maxUnfinished;
    private final int maxOpen;

    public ForwardingHealthCheck(LongSupplier unfinished, CircuitBreakerControl breakers, long maxUnfinished, int maxOpen) {
        this.unfinished = unfinished;
        this.breakers = breakers;
        this.maxUnfinished = maxUnfinished;
        this.maxOpen = maxOpen;
    }

    @Override
    protected Result check() {
        long waiting = unfinished.getAsLong();
        List<String> open = breakers.states().entrySet().stream()
                .filter(e -> e.getValue().equals("OPEN"))
                .map(Map.Entry::getKey)
                .toList();
        String figures = String.format("%d unfinished deliveries (threshold %d), %d open circuit breakers (threshold %d)%s",
                waiting, maxUnfinished, open.size(), maxOpen,
                open.isEmpty() ? "" : ": " + String.join(", ", open.subList(0, Math.min(URLS_SHOWN, open.size())))
                        + (open.size() > URLS_SHOWN ? ", ..." : ""));
        if (waiting > maxUnfinished || open.size() > maxOpen) {
            return Result.unhealthy("degraded: " + figures);
        }
        return Result.healthy(figures);
    }
}
