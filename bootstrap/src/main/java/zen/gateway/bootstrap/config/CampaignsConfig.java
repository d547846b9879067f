package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import zen.gateway.application.campaigns.CampaignSettings;

/** How campaigns run ({@code campaigns:} in the configuration). */
public class CampaignsConfig {

    /** Recipients handed to the send queue per campaign per pass. */
    @Min(1) @Max(10_000)
    @JsonProperty
    public int batchSize = 50;

    /**
     * Campaign sends waiting in the send queue at most: a single send queued meanwhile waits behind no more than
     * these (none are added while a single send waits).
     */
    @Min(1) @Max(100_000)
    @JsonProperty
    public int window = 100;

    /** How often running campaigns are looked at. */
    @NotNull
    @JsonProperty
    public Duration pollInterval = Duration.milliseconds(200);

    /** An inbound message whose whole text is one of these (any case) puts its sender on the opt-out list. */
    @NotNull
    @JsonProperty
    public List<String> stopKeywords = List.of("STOP", "UNSUBSCRIBE");

    /** One whose whole text is one of these takes its sender off the list. */
    @NotNull
    @JsonProperty
    public List<String> startKeywords = List.of("START");

    public CampaignSettings settings() {
        return new CampaignSettings(batchSize, window, Set.copyOf(stopKeywords), Set.copyOf(startKeywords));
    }
}
