package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * When the health checks of the work itself say {@code degraded}: the gateway runs, but falls behind. The figures are
 * in each check's message either way; these are the lines past which monitoring should hear of it.
 */
public class HealthConfig {

    /** Deliveries of every project not finished (pending or retrying) past which forwarding is degraded. */
    @Min(0)
    @JsonProperty
    public long maxUnfinishedDeliveries = 10_000;

    /**
     * Open circuit breakers (endpoints refused for now) tolerated before forwarding is degraded. 0: any open breaker
     * shows, since a receiver that is down loses its project's events to the dead-letter queue.
     */
    @Min(0)
    @JsonProperty
    public int maxOpenBreakers = 0;

    /** Envelopes waiting to be processed past which ingest is degraded, however steady. */
    @Min(0)
    @JsonProperty
    public long maxInboundBacklog = 50_000;

    /** Growth of that backlog, over {@code backlogWindow}, past which ingest is degraded: processing falls behind. */
    @Min(0)
    @JsonProperty
    public long maxBacklogGrowth = 10_000;

    @NotNull
    @JsonProperty
    public Duration backlogWindow = Duration.minutes(1);
}
