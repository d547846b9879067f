package zen.gateway.application.port.inbound.endpoints;

import java.util.List;
import java.util.Objects;

/**
 * An endpoint's settings as a customer gives them. {@code sharedSecret} and {@code signingSecret} are generated
 * when null; {@code statusFilter} null or empty means every status; {@code enabled} null means true.
 */
public record EndpointCommand(
        String projectOwnerId,
        String webhookUrl,
        String sharedSecret,
        String signingSecret,
        List<String> topics,
        List<String> statusFilter,
        Boolean enabled) {

    public EndpointCommand {
        if (projectOwnerId == null || projectOwnerId.isBlank()) {
            throw new IllegalArgumentException("project_owner_id is required");
        }
        if (webhookUrl == null || webhookUrl.isBlank()) {
            throw new IllegalArgumentException("webhook_url is required");
        }
        if (topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("topics must name at least one topic pattern, e.g. [\"*\"]");
        }
        if (topics.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("topics: a pattern cannot be null");
        }
        if (statusFilter != null && statusFilter.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("status_filter: a status cannot be null");
        }
        topics = List.copyOf(topics);
        statusFilter = statusFilter == null ? List.of() : List.copyOf(statusFilter);
    }
}
