package zen.gateway.domain.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One change asked of the gateway, through the API or an admin task: when, by which key (its id, never the key),
 * to which project (null when it concerns none, such as a task over every project), what ({@code action}, e.g.
 * {@code endpoint.update}), on what ({@code target}, e.g. the endpoint's id), and how it ended, with the HTTP
 * status it was answered.
 */
public record AuditEntry(
        // One component per field of the trail, as the audit listing shows it.
        String id,
        Instant time,
        String keyId,
        String projectOwnerId,
        String action,
        String target,
        AuditOutcome outcome,
        int status) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }
}
