package zen.gateway.application.port.inbound.send;

import java.util.Map;

/**
 * A sender as a project registers or changes it. On a change, null fields keep what the sender had; credentials
 * given replace the old ones whole.
 *
 * @param bsp the provider's id: {@code meta}, {@code 360dialog}, {@code twilio}, {@code gupshup}, {@code aisensy},
 *            {@code karix}
 */
public record SenderCommand(
        String projectOwnerId,
        String businessNumber,
        String bsp,
        Map<String, String> credentials,
        String baseUrl,
        Double ratePerSecond,
        Boolean isDefault) {

    public SenderCommand {
        if (projectOwnerId == null || projectOwnerId.isBlank()) {
            throw new IllegalArgumentException("project_owner_id is required");
        }
        credentials = credentials == null ? null : Map.copyOf(credentials);
    }
}
