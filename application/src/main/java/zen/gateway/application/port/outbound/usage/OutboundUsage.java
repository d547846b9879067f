package zen.gateway.application.port.outbound.usage;

import java.time.Instant;

/**
 * The outbound figures of one bucket and group: messages created in it that were reported sent, delivered, read,
 * failed (a message counts once under each status it reached), and the nearest-rank p50/p95 in milliseconds of the
 * time from sent to delivered and from delivered to read, over the messages that have both (null when none has).
 */
public record OutboundUsage(
        // One component per figure.
        Instant bucket,
        String group,
        long sent,
        long delivered,
        long read,
        long failed,
        Long sentToDeliveredP50,
        Long sentToDeliveredP95,
        Long deliveredToReadP50,
        Long deliveredToReadP95) {}
