package zen.gateway.application.port.outbound.tracking;

import java.time.Instant;

/** Which messages to count: every non-null filter must hold; {@code from} inclusive, {@code to} exclusive, on created at. */
public record MessageCountQuery(String projectOwnerId, String campaignId, Instant from, Instant to) {}
