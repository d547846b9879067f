package zen.gateway.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.List;
import java.util.stream.Collectors;
import zen.gateway.domain.event.Bsp;

/**
 * Says which webhook sources nothing verifies. Healthy either way (the gateway works), but the message is what an
 * operator needs to see before exposing the endpoints.
 */
public final class VerificationHealthCheck extends HealthCheck {

    private final List<Bsp> unverified;

    public VerificationHealthCheck(List<Bsp> unverified) {
        this.unverified = List.copyOf(unverified);
    }

    @Override
    protected Result check() {
        if (unverified.isEmpty()) {
            return Result.healthy("every webhook source is verified");
        }
        return Result.healthy("WARNING: accepting unverified webhooks from %s (configure webhooks.sources)",
                unverified.stream().map(Bsp::id).collect(Collectors.joining(", ")));
    }
}
