package zen.gateway.application.port.outbound.usage;

import java.time.Instant;
import java.util.Objects;
import zen.gateway.domain.usage.Granularity;
import zen.gateway.domain.usage.Grouping;

/**
 * Which usage to compute: a project's messages created (inbound: sent by the customer) in [{@code from}, {@code to}),
 * in buckets of {@code granularity}, split by {@code grouping}.
 */
public record UsageWindow(String projectOwnerId, Instant from, Instant to, Granularity granularity, Grouping grouping) {
    public UsageWindow {
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(grouping, "grouping");
    }
}
