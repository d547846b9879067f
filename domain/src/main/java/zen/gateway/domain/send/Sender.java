package zen.gateway.domain.send;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A project's business number on one provider, with what that provider needs to send from it. Which credential
 * fields a provider needs is its send client's to say; this record only keeps them, and never shows their values in
 * {@link #toString()}.
 *
 * @param baseUrl       replaces the scheme, host and port of the provider's documented API; null for its own host
 * @param ratePerSecond how many messages a second the gateway sends from this number at most
 * @param isDefault     the sender used when a send names no {@code from}
 * @param dailyUniqueRecipientsLimit Meta's messaging limit for this number: how many different people its campaigns
 *                      may reach in a rolling 24 h ({@link MessagingTier}); null for no limit
 */
public record Sender(
        String id,
        String projectOwnerId,
        String businessNumber,
        SendProvider provider,
        Map<String, String> credentials,
        URI baseUrl,
        double ratePerSecond,
        boolean isDefault,
        Instant createdAt,
        Instant updatedAt,
        Integer dailyUniqueRecipientsLimit) {

    /** Meta's and Twilio's documented default throughput per number (bsp/send/README.md §5). */
    public static final double DEFAULT_RATE_PER_SECOND = 80;

    public Sender {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        Objects.requireNonNull(businessNumber, "businessNumber");
        Objects.requireNonNull(provider, "provider");
        credentials = Map.copyOf(credentials);
        if (!(ratePerSecond > 0) || ratePerSecond > 10_000) {
            throw new IllegalArgumentException("rate_per_second must be above 0 and at most 10000");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (dailyUniqueRecipientsLimit != null && dailyUniqueRecipientsLimit < 1) {
            throw new IllegalArgumentException("daily_unique_recipients_limit must be at least 1 (no limit: messaging_tier unlimited)");
        }
    }

    /** A sender without a messaging limit. */
    public Sender(String id, String projectOwnerId, String businessNumber, SendProvider provider,
            Map<String, String> credentials, URI baseUrl, double ratePerSecond, boolean isDefault, Instant createdAt,
            Instant updatedAt) {
        this(id, projectOwnerId, businessNumber, provider, credentials, baseUrl, ratePerSecond, isDefault, createdAt,
                updatedAt, null);
    }

    /** The same sender with other credentials: how a store seals and opens them. */
    public Sender withCredentials(Map<String, String> replacement) {
        return new Sender(id, projectOwnerId, businessNumber, provider, replacement, baseUrl, ratePerSecond, isDefault,
                createdAt, updatedAt, dailyUniqueRecipientsLimit);
    }

    public Sender withDefault(boolean value, Instant at) {
        return new Sender(id, projectOwnerId, businessNumber, provider, credentials, baseUrl, ratePerSecond, value,
                createdAt, at, dailyUniqueRecipientsLimit);
    }

    @Override
    public String toString() {
        Map<String, String> masked = new TreeMap<>();
        credentials.keySet().forEach(name -> masked.put(name, "***"));
        return "Sender[id=" + id + ", project=" + projectOwnerId + ", number=" + businessNumber + ", provider="
                + provider.id() + ", credentials=" + masked + ", baseUrl=" + baseUrl + "]";
    }
}
