package zen.gateway.application.port.inbound.tracking;

import java.time.Instant;

/** Counts per current status and the rates derived from them. */
public interface MessageStatsQuery {

    MessageStats stats(Criteria criteria);

    /** Which messages to count: every non-null filter must hold; {@code from} inclusive, {@code to} exclusive, on created at. */
    record Criteria(String projectOwnerId, String campaignId, Instant from, Instant to) {}
}
