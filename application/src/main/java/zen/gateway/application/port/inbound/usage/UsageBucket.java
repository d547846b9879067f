package zen.gateway.application.port.inbound.usage;

import java.time.Instant;

/**
 * One bucket of usage and one group (a BSP, a campaign, or null: inbound messages have no campaign): outbound messages
 * created in it that were sent, delivered, read, failed; inbound messages; and the nearest-rank p50/p95 in
 * milliseconds from sent to delivered and from delivered to read (null when no message has both times).
 */
public record UsageBucket(
        // One component per figure.
        Instant start,
        String group,
        long sent,
        long delivered,
        long read,
        long failed,
        long inbound,
        Long sentToDeliveredP50,
        Long sentToDeliveredP95,
        Long deliveredToReadP50,
        Long deliveredToReadP95) {}
