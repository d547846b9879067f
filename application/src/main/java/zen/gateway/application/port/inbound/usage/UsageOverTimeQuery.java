package zen.gateway.application.port.inbound.usage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import zen.gateway.domain.usage.Granularity;
import zen.gateway.domain.usage.Grouping;

/** A project's usage in time buckets, oldest first, split by BSP or campaign. */
public interface UsageOverTimeQuery {

    List<UsageBucket> usage(Criteria criteria);

    /**
     * Which usage: {@code from} inclusive and {@code to} exclusive (null: the last day in hours, the last 30 days in
     * days, up to now), at most {@link #MAX_BUCKETS} buckets wide.
     */
    record Criteria(String projectOwnerId, Instant from, Instant to, Granularity granularity, Grouping grouping) {

        public static final int MAX_BUCKETS = 5000;

        public Criteria {
            Objects.requireNonNull(projectOwnerId, "projectOwnerId");
            Objects.requireNonNull(granularity, "granularity");
            Objects.requireNonNull(grouping, "grouping");
        }
    }
}
