package zen.gateway.application.projects;

import java.util.List;
import zen.gateway.application.normalize.PhoneNumbers;
import zen.gateway.application.port.inbound.projects.ManageProjectNumbersUseCase;
import zen.gateway.application.port.inbound.projects.NumberTakenException;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

/**
 * Maps business numbers to projects. Numbers are stored in the canonical form the normalizers produce
 * ({@code +} and digits), so {@code 919800099999}, {@code +91 98000 99999} and a webhook's {@code sender.from}
 * meet; keys that are not numbers (an AiSensy project id) are stored as given.
 */
public final class ProjectNumbersService implements ManageProjectNumbersUseCase {

    private final ProjectNumberStore store;
    private final ProjectDirectory directory;

    public ProjectNumbersService(ProjectNumberStore store, ProjectDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public String assign(String projectOwnerId, String businessNumber, boolean mayMove) {
        String key = canonical(businessNumber);
        String project = required(projectOwnerId, "project_owner_id");
        if (!mayMove && store.projectOf(key).filter(owner -> !owner.equals(project)).isPresent()) {
            throw new NumberTakenException(key);
        }
        store.assign(key, project);
        directory.forget(key);
        return key;
    }

    @Override
    public boolean remove(String projectOwnerId, String businessNumber) {
        String key = canonical(businessNumber);
        boolean removed = store.remove(projectOwnerId, key);
        directory.forget(key);
        return removed;
    }

    @Override
    public List<String> numbersOf(String projectOwnerId) {
        return store.numbersOf(projectOwnerId);
    }

    private static String canonical(String businessNumber) {
        return PhoneNumbers.canonical(required(businessNumber, "business_number"), null);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.trim();
    }
}
