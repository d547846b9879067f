package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How long data is kept (data-protection law, GDPR and India's DPDP Act, expects a period), and how the purge runs:
 * every {@code every}, in batches of {@code batchSize} records per statement, at most {@code maxBatchesPerRun} per kind.
 */
public class RetentionConfig {

    /** Whether the purge runs on its own; the admin task runs it either way. */
    @JsonProperty
    public boolean enabled = true;

    /** Outbound messages ({@code unified_message_tracking}) with their status history, by last update. */
    @NotNull
    @JsonProperty
    public Duration messages = Duration.days(180);

    /** Inbound messages ({@code inbound_messages}): what customers wrote, by when it arrived. */
    @NotNull
    @JsonProperty
    public Duration conversations = Duration.days(180);

    /** Finished deliveries (delivered or dead-lettered) with their attempts and the receivers' answers, by creation. */
    @NotNull
    @JsonProperty
    public Duration deliveryLogs = Duration.days(30);

    /** Quarantined raw bodies, by arrival. */
    @NotNull
    @JsonProperty
    public Duration quarantine = Duration.days(30);

    /** The audit trail of API calls and admin tasks. */
    @NotNull
    @JsonProperty
    public Duration audit = Duration.days(365);

    @NotNull
    @JsonProperty
    public Duration every = Duration.hours(1);

    @Min(1)
    @Max(100_000)
    @JsonProperty
    public int batchSize = 1000;

    @Min(1)
    @JsonProperty
    public int maxBatchesPerRun = 100;
}
