package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.Sender;

/** What every {@link SenderStore} must do. */
public abstract class SenderStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract SenderStore newStore();

    private SenderStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    public static Sender sender(String id, String project, String number, long createdSecond) {
        return new Sender(id, project, number, SendProvider.META,
                Map.of("access_token", "EAAG-" + id, "phone_number_id", "1065"), null, Sender.DEFAULT_RATE_PER_SECOND,
                false, at(createdSecond), at(createdSecond));
    }

    @Test
    void aSavedSenderIsFoundWithEveryField() {
        Sender full = new Sender("s-1", "acme", "+15550001111", SendProvider.TWILIO,
                Map.of("account_sid", "AC1", "auth_token", "t0k"), URI.create("http://127.0.0.1:9999"), 12.5, true,
                at(0), at(5), 10_000);
        Sender bare = sender("s-2", "acme", "+15550002222", 1);

        store.save(full);
        store.save(bare);

        assertThat(store.find("acme", "s-1")).contains(full);
        assertThat(store.find("acme", "s-2")).contains(bare);
        assertThat(store.find("other", "s-1")).isEmpty();
        assertThat(store.find("acme", "s-9")).isEmpty();
    }

    @Test
    void savingAgainReplacesAndTheProjectListsItsOwnOldestFirst() {
        store.save(sender("s-2", "acme", "+15550002222", 2));
        store.save(sender("s-1", "acme", "+15550001111", 1));
        store.save(sender("s-3", "other", "+15550003333", 0));
        Sender changed = sender("s-1", "acme", "+15550001111", 1).withDefault(true, at(9));

        store.save(changed);

        assertThat(store.ofProject("acme")).extracting(Sender::id).containsExactly("s-1", "s-2");
        assertThat(store.find("acme", "s-1")).contains(changed);
        assertThat(store.ofProject("nobody")).isEmpty();
    }

    @Test
    void deleteRemovesOnlyTheProjectsOwn() {
        store.save(sender("s-1", "acme", "+15550001111", 1));

        assertThat(store.delete("other", "s-1")).isFalse();
        assertThat(store.delete("acme", "s-1")).isTrue();
        assertThat(store.delete("acme", "s-1")).isFalse();
        assertThat(store.ofProject("acme")).isEmpty();
    }
}
