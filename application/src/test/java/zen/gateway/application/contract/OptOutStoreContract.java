package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;
import zen.gateway.domain.campaign.OptOut;

/** What every {@link OptOutStore} must do. */
public abstract class OptOutStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract OptOutStore newStore();

    private OptOutStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void aNumberIsOnAProjectsListOnceUntilTakenOff() {
        OptOut first = new OptOut("acme", "+15550000001", "api", at(0));

        assertThat(store.add(first)).isTrue();
        assertThat(store.add(new OptOut("acme", "+15550000001", "keyword", at(5)))).isFalse();
        store.add(new OptOut("acme", "+15550000002", "keyword", at(1)));
        store.add(new OptOut("other", "+15550000003", "api", at(2)));

        assertThat(store.optedOut("acme", List.of("+15550000001", "+15550000003", "+15550000009")))
                .containsExactly("+15550000001");
        assertThat(store.list("acme", null, 10)).containsExactly(first,
                new OptOut("acme", "+15550000002", "keyword", at(1)));
        assertThat(store.list("acme", "+15550000001", 10)).extracting(OptOut::phone).containsExactly("+15550000002");

        assertThat(store.remove("acme", "+15550000001")).isTrue();
        assertThat(store.remove("acme", "+15550000001")).isFalse();
        assertThat(store.optedOut("acme", List.of("+15550000001"))).isEmpty();
        assertThat(store.optedOut("acme", List.of())).isEmpty();
    }
}
