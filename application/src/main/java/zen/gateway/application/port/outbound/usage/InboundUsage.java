package zen.gateway.application.port.outbound.usage;

import java.time.Instant;

/** How many inbound messages one bucket and group hold. */
public record InboundUsage(Instant bucket, String group, long inbound) {}
