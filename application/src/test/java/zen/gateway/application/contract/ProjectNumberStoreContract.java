package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

/** What every {@link ProjectNumberStore} must do. */
public abstract class ProjectNumberStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract ProjectNumberStore newStore();

    private ProjectNumberStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void anAssignedNumberLeadsToItsProject() {
        store.assign("919900000001", "project-1");

        assertThat(store.projectOf("919900000001")).contains("project-1");
        assertThat(store.projectOf("919900000002")).isEmpty();
    }

    @Test
    void assigningANumberAgainMovesItToTheNewProject() {
        store.assign("919900000001", "project-1");
        store.assign("919900000002", "project-1");

        store.assign("919900000001", "project-2");

        assertThat(store.projectOf("919900000001")).contains("project-2");
        assertThat(store.numbersOf("project-1")).containsExactly("919900000002");
        assertThat(store.numbersOf("project-2")).containsExactly("919900000001");
    }

    @Test
    void assigningTwiceToTheSameProjectKeepsOneAssignment() {
        store.assign("919900000001", "project-1");
        store.assign("919900000001", "project-1");

        assertThat(store.numbersOf("project-1")).containsExactly("919900000001");
    }

    @Test
    void aProjectsNumbersAreSorted() {
        store.assign("919900000003", "project-1");
        store.assign("aisensy-project-x", "project-1");
        store.assign("919900000001", "project-1");
        store.assign("919900000002", "project-2");

        assertThat(store.numbersOf("project-1")).containsExactly("919900000001", "919900000003", "aisensy-project-x");
        assertThat(store.numbersOf("project-3")).isEmpty();
    }

    @Test
    void aNumberIsRemovedOnlyFromTheProjectThatHasIt() {
        store.assign("919900000001", "project-1");

        assertThat(store.remove("project-2", "919900000001")).isFalse();
        assertThat(store.projectOf("919900000001")).contains("project-1");
        assertThat(store.remove("project-1", "919900000001")).isTrue();
        assertThat(store.projectOf("919900000001")).isEmpty();
        assertThat(store.remove("project-1", "919900000001")).isFalse();
    }
}
