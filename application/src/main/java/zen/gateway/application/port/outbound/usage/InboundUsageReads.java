package zen.gateway.application.port.outbound.usage;

import java.util.List;

/** Usage figures of inbound messages, computed by the store. Thread-safe. */
public interface InboundUsageReads {

    /** One entry per bucket and group that has messages (the group is null when split by campaign). */
    List<InboundUsage> inboundUsage(UsageWindow window);
}
