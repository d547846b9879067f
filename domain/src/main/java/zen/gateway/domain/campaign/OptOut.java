package zen.gateway.domain.campaign;

import java.time.Instant;
import java.util.Objects;

/**
 * One number on a project's opt-out list: its campaigns skip it.
 *
 * @param source how it got there: {@code api}, or {@code keyword} (the customer wrote a stop word)
 */
public record OptOut(String projectOwnerId, String phone, String source, Instant createdAt) {

    public OptOut {
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
