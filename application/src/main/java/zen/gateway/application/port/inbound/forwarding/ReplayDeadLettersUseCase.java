package zen.gateway.application.port.inbound.forwarding;

import java.time.Instant;
import java.util.List;

/** Sends dead-lettered deliveries again, each with a fresh series of attempts and its original event id. */
public interface ReplayDeadLettersUseCase {

    /** The ids of the deliveries put back in line. */
    List<String> replay(Selection selection);

    /**
     * Which dead-lettered deliveries to replay: those with the given ids, or (when {@code ids} is empty) those of
     * the project dead-lettered (last updated) in [{@code from}, {@code to}). {@code projectOwnerId}, when set,
     * restricts either form to that project. At most {@code limit}.
     */
    record Selection(String projectOwnerId, List<String> ids, Instant from, Instant to, int limit) {
        public Selection {
            ids = List.copyOf(ids);
            if (ids.isEmpty() && projectOwnerId == null) {
                throw new IllegalArgumentException("replay needs delivery ids or a project");
            }
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive");
            }
        }
    }
}
