package zen.gateway.application.port.outbound.usage;

import java.util.List;

/** Usage figures of outbound messages, computed by the store (aggregates, not documents loaded). Thread-safe. */
public interface MessageUsageReads {

    /** One entry per bucket and group that has messages, in no particular order. */
    List<OutboundUsage> usage(UsageWindow window);
}
