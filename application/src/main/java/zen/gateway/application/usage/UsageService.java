package zen.gateway.application.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zen.gateway.application.port.inbound.usage.UsageBucket;
import zen.gateway.application.port.inbound.usage.UsageOverTimeQuery;
import zen.gateway.application.port.outbound.usage.InboundUsage;
import zen.gateway.application.port.outbound.usage.InboundUsageReads;
import zen.gateway.application.port.outbound.usage.MessageUsageReads;
import zen.gateway.application.port.outbound.usage.OutboundUsage;
import zen.gateway.application.port.outbound.usage.UsageWindow;
import zen.gateway.domain.usage.Granularity;

/** Usage over time: each store computes its figures per bucket; this joins the outbound and inbound ones. Thread-safe. */
public final class UsageService implements UsageOverTimeQuery {

    private static final Comparator<UsageBucket> OLDEST_FIRST = Comparator.comparing(UsageBucket::start)
            .thenComparing(UsageBucket::group, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final MessageUsageReads outbound;
    private final InboundUsageReads inbound;
    private final Clock clock;

    public UsageService(MessageUsageReads outbound, InboundUsageReads inbound, Clock clock) {
        this.outbound = outbound;
        this.inbound = inbound;
        this.clock = clock;
    }

    @Override
    public List<UsageBucket> usage(Criteria criteria) {
        Instant to = criteria.to() != null ? criteria.to() : clock.instant();
        Instant from = criteria.from() != null ? criteria.from()
                : to.minus(criteria.granularity() == Granularity.HOUR ? Duration.ofDays(1) : Duration.ofDays(30));
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (Duration.between(from, to).toSeconds() / criteria.granularity().seconds() > Criteria.MAX_BUCKETS) {
            throw new IllegalArgumentException("at most " + Criteria.MAX_BUCKETS + " buckets: narrow from/to or use granularity=day");
        }
        UsageWindow window = new UsageWindow(criteria.projectOwnerId(), from, to, criteria.granularity(), criteria.grouping());
        Map<List<Object>, UsageBucket> buckets = new LinkedHashMap<>();
        for (OutboundUsage o : outbound.usage(window)) {
            buckets.put(Arrays.asList(o.bucket(), o.group()), new UsageBucket(o.bucket(), o.group(), o.sent(), o.delivered(),
                    o.read(), o.failed(), 0, o.sentToDeliveredP50(), o.sentToDeliveredP95(), o.deliveredToReadP50(),
                    o.deliveredToReadP95()));
        }
        for (InboundUsage i : inbound.inboundUsage(window)) {
            buckets.merge(Arrays.asList(i.bucket(), i.group()),
                    new UsageBucket(i.bucket(), i.group(), 0, 0, 0, 0, i.inbound(), null, null, null, null),
                    (b, only) -> new UsageBucket(b.start(), b.group(), b.sent(), b.delivered(), b.read(), b.failed(),
                            only.inbound(), b.sentToDeliveredP50(), b.sentToDeliveredP95(), b.deliveredToReadP50(),
                            b.deliveredToReadP95()));
        }
        return buckets.values().stream().sorted(OLDEST_FIRST).toList();
    }
}
