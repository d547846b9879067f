package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;
import zen.gateway.adapter.embedded.SpillOver;

/**
 * The local spill: where webhooks are made durable while the queue they normally go to (RabbitMQ, or PostgreSQL's
 * table) is away, so that ingest keeps answering 200; an H2 file under {@code <dataDir>/queue}.
 */
public class SpillConfig {

    /** Webhook bodies the spill holds at most; beyond it ingest answers 503 and the BSPs retry. */
    @NotNull
    @JsonProperty
    public DataSize maxSize = DataSize.gibibytes(1);

    /** How long a webhook may wait for the queue to take it before it is spilled instead. */
    @NotNull
    @JsonProperty
    public Duration patience = Duration.seconds(2);

    public SpillOver.Settings settings() {
        return new SpillOver.Settings(maxSize.toBytes(), patience.toJavaDuration(), 200, java.time.Duration.ofSeconds(1));
    }
}
