package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;
import static zen.gateway.application.contract.Fixtures.endpoint;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

/** What every {@link EndpointStore} must do. */
public abstract class EndpointStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract EndpointStore newStore();

    private EndpointStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void aSavedEndpointIsFoundWithEveryField() {
        Endpoint endpoint = endpoint("ep-1", "project-1", at(0));
        Endpoint bare = new Endpoint("ep-2", "project-1", URI.create("http://10.0.0.5:8080/hook?x=1"), "s", "whsec_s",
                List.of(TopicPattern.EVERYTHING), Set.of(), EndpointState.DISABLED, "receiver answered 410", at(1), at(2));

        store.save(endpoint);
        store.save(bare);

        assertThat(store.find("project-1", "ep-1")).contains(endpoint);
        assertThat(store.find("project-1", "ep-2")).contains(bare);
    }

    @Test
    void anEndpointIsFoundOnlyInItsOwnProject() {
        store.save(endpoint("ep-1", "project-1", at(0)));

        assertThat(store.find("project-2", "ep-1")).isEmpty();
        assertThat(store.find("project-1", "ep-9")).isEmpty();
    }

    @Test
    void savingAnEndpointAgainReplacesIt() {
        Endpoint endpoint = endpoint("ep-1", "project-1", at(0));
        store.save(endpoint);
        Endpoint paused = new Endpoint("ep-1", "project-1", URI.create("https://other.example.com/x"), "new-secret",
                "whsec_new", List.of(TopicPattern.of("*.delivery")), Set.of(), EndpointState.PAUSED, "owner paused it",
                at(0), at(60));

        store.save(paused);

        assertThat(store.find("project-1", "ep-1")).contains(paused);
        assertThat(store.ofProject("project-1")).containsExactly(paused);
    }

    @Test
    void aProjectsEndpointsAreOldestFirst() {
        Endpoint third = endpoint("ep-a", "project-1", at(30));
        Endpoint first = endpoint("ep-c", "project-1", at(10));
        Endpoint secondByTie = endpoint("ep-b", "project-1", at(20));
        Endpoint second = endpoint("ep-a2", "project-1", at(20));
        store.save(third);
        store.save(first);
        store.save(secondByTie);
        store.save(second);
        store.save(endpoint("ep-x", "project-2", at(5)));

        assertThat(store.ofProject("project-1")).containsExactly(first, second, secondByTie, third);
        assertThat(store.ofProject("project-3")).isEmpty();
    }

    @Test
    void projectsWithEndpointsAreListedOnceAndSorted() {
        store.save(endpoint("ep-1", "project-b", at(0)));
        store.save(endpoint("ep-2", "project-a", at(0)));
        store.save(endpoint("ep-3", "project-b", at(0)));

        assertThat(store.projects()).containsExactly("project-a", "project-b");
    }

    @Test
    void anEndpointIsDeletedOnlyFromItsOwnProject() {
        store.save(endpoint("ep-1", "project-1", at(0)));

        assertThat(store.delete("project-2", "ep-1")).isFalse();
        assertThat(store.find("project-1", "ep-1")).isPresent();
        assertThat(store.delete("project-1", "ep-1")).isTrue();
        assertThat(store.find("project-1", "ep-1")).isEmpty();
        assertThat(store.delete("project-1", "ep-1")).isFalse();
        assertThat(store.projects()).isEmpty();
    }

    @Test
    void deleteAllRemovesEveryEndpointOfTheProjectOnly() {
        store.save(endpoint("ep-1", "project-1", at(0)));
        store.save(endpoint("ep-2", "project-1", at(1)));
        store.save(endpoint("ep-3", "project-2", at(2)));

        assertThat(store.deleteAll("project-1")).isEqualTo(2);
        assertThat(store.deleteAll("project-1")).isZero();
        assertThat(store.ofProject("project-1")).isEmpty();
        assertThat(store.ofProject("project-2")).extracting(Endpoint::id).containsExactly("ep-3");
        assertThat(store.projects()).containsExactly("project-2");
    }
}
