package zen.gateway.domain.subscription;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import zen.gateway.domain.message.MessageStatus;

/**
 * A customer's webhook destination. It belongs to one project, subscribes to topic patterns and may narrow
 * status events to some statuses ({@code statusFilter}; empty means all). {@code sharedSecret} signs the
 * legacy {@code X-Webhook-Signature}; {@code signingSecret} ({@code whsec_...}) signs Standard Webhooks.
 */
public record Endpoint(
        // The settings and state of an endpoint, one component each; the management service builds it.
        String id,
        String projectOwnerId,
        URI url,
        String sharedSecret,
        String signingSecret,
        List<TopicPattern> topics,
        Set<MessageStatus> statusFilter,
        EndpointState state,
        String stateReason,
        Instant createdAt,
        Instant updatedAt) {

    public Endpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sharedSecret, "sharedSecret");
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(state, "state");
        topics = List.copyOf(topics);
        statusFilter = Set.copyOf(statusFilter);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("an endpoint subscribes to at least one topic pattern");
        }
    }

    public boolean active() {
        return state == EndpointState.ACTIVE;
    }

    public Endpoint withState(EndpointState nextState, String reason, Instant at) {
        return new Endpoint(id, projectOwnerId, url, sharedSecret, signingSecret, topics, statusFilter,
                nextState, reason, createdAt, at);
    }
}
