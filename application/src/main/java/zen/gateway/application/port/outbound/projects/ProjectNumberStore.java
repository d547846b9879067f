package zen.gateway.application.port.outbound.projects;

import java.util.List;
import java.util.Optional;

/**
 * {@code project_numbers}: which project a business number (or another business key a BSP sends instead, such
 * as an AiSensy project id) belongs to. A number belongs to at most one project. Thread-safe.
 */
public interface ProjectNumberStore {

    /** Assigns the number to the project, taking it from any project that had it. */
    void assign(String businessNumber, String projectOwnerId);

    /** Removes the number from the project; false when the project did not have it. */
    boolean remove(String projectOwnerId, String businessNumber);

    /** The project's numbers, sorted. */
    List<String> numbersOf(String projectOwnerId);

    Optional<String> projectOf(String businessNumber);
}
