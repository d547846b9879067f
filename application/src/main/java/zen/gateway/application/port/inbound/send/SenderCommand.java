package zen.gateway.application.port.inbound.send;

import java.util.Map;

/**
 * A sender as a project registers or changes it. On a change, null fields keep what the sender had; credentials
 * given replace the old ones whole.
 *
 * @param bsp the provider's id: {@code meta}, {@code 360dialog}, {@code twilio}, {@code gupshup}, {@code aisensy},
 *            {@code karix}
 * @param messagingTier Meta's tier for the number ({@code 250}, {@code 2k}, {@code 10k}, {@code 100k},
 *            {@code unlimited}; {@code 1k} too): sets the daily limit of different recipients its campaigns reach
 * @param dailyUniqueRecipientsLimit the same limit as a number, for a limit that is no tier
 */
public record SenderCommand(
        String projectOwnerId,
        String businessNumber,
        String bsp,
        Map<String, String> credentials,
        String baseUrl,
        Double ratePerSecond,
        Boolean isDefault,
        String messagingTier,
        Integer dailyUniqueRecipientsLimit) {

    public SenderCommand {
        if (projectOwnerId == null || projectOwnerId.isBlank()) {
            throw new IllegalArgumentException("project_owner_id is required");
        }
        credentials = credentials == null ? null : Map.copyOf(credentials);
    }

    /** A command that leaves the messaging limit as it is (none for a new sender). */
    public SenderCommand(String projectOwnerId, String businessNumber, String bsp, Map<String, String> credentials,
            String baseUrl, Double ratePerSecond, Boolean isDefault) {
        this(projectOwnerId, businessNumber, bsp, credentials, baseUrl, ratePerSecond, isDefault, null, null);
    }

    /** Whether the command says anything about the messaging limit. */
    public boolean setsMessagingLimit() {
        return messagingTier != null || dailyUniqueRecipientsLimit != null;
    }
}
