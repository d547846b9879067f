package zen.gateway.application.port.outbound.forwarding;

import java.time.Instant;
import java.util.List;

/**
 * Which dead-lettered deliveries to replay: those with the given ids, or (when {@code ids} is empty) those of
 * the project dead-lettered (last updated) in [{@code from}, {@code to}). {@code projectOwnerId}, when set,
 * restricts either form to that project. At most {@code limit}.
 */
public record ReplaySelection(String projectOwnerId, List<String> ids, Instant from, Instant to, int limit) {
    public ReplaySelection {
        ids = List.copyOf(ids);
        if (ids.isEmpty() && projectOwnerId == null) {
            throw new IllegalArgumentException("replay needs delivery ids or a project");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
