package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static zen.gateway.application.contract.Fixtures.at;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.access.ApiKeyStore;
import zen.gateway.domain.access.ApiKey;
import zen.gateway.domain.access.KeyRateLimit;
import zen.gateway.domain.access.Scope;

/** What every {@link ApiKeyStore} must do. */
public abstract class ApiKeyStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract ApiKeyStore newStore();

    private ApiKeyStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    static ApiKey key(String id, String project, long createdSecond) {
        return new ApiKey(id, "hash-of-" + id, project, "key " + id, EnumSet.of(Scope.READ, Scope.KEYS),
                KeyRateLimit.DEFAULT, at(createdSecond), null, null, null);
    }

    @Test
    void aCreatedKeyIsFoundByIdAndByHashWithEveryField() {
        ApiKey full = new ApiKey("key-1", "0f".repeat(32), "acme", "ci pipeline", EnumSet.allOf(Scope.class),
                new KeyRateLimit(12.5, 30), at(0), at(3600), null, null);
        ApiKey bare = new ApiKey("key-2", "1e".repeat(32), "acme", null, Set.of(Scope.SEND), KeyRateLimit.DEFAULT, at(1),
                null, null, null);

        store.create(full);
        store.create(bare);

        assertThat(store.find("key-1")).contains(full);
        assertThat(store.findByHash("0f".repeat(32))).contains(full);
        assertThat(store.findByHash("1e".repeat(32))).contains(bare);
        assertThat(store.find("key-9")).isEmpty();
        assertThat(store.findByHash("2d".repeat(32))).isEmpty();
    }

    @Test
    void twoKeysCannotShareAHash() {
        store.create(key("key-1", "acme", 0));
        ApiKey sameHash = new ApiKey("key-2", "hash-of-key-1", "other", null, Set.of(Scope.READ), KeyRateLimit.DEFAULT,
                at(1), null, null, null);

        assertThatThrownBy(() -> store.create(sameHash)).isInstanceOf(RuntimeException.class);
        assertThat(store.findByHash("hash-of-key-1").map(ApiKey::id)).contains("key-1");
    }

    @Test
    void aProjectsKeysAreListedOldestFirstAndAnAdminSeesEveryProjects() {
        store.create(key("key-c", "acme", 30));
        store.create(key("key-a", "acme", 10));
        store.create(key("key-b", "globex", 20));

        assertThat(store.list("acme")).extracting(ApiKey::id).containsExactly("key-a", "key-c");
        assertThat(store.list("initech")).isEmpty();
        assertThat(store.list(null)).extracting(ApiKey::id).containsExactly("key-a", "key-b", "key-c");
    }

    @Test
    void aRevokedKeyIsKeptButNoLongerListed() {
        store.create(key("key-1", "acme", 0));
        store.create(key("key-2", "acme", 1));

        assertThat(store.revoke("key-1", at(50))).isTrue();

        assertThat(store.revoke("key-1", at(60))).isFalse();
        assertThat(store.revoke("key-9", at(60))).isFalse();
        assertThat(store.find("key-1").map(ApiKey::revokedAt)).contains(at(50));
        assertThat(store.findByHash("hash-of-key-1").map(ApiKey::revokedAt)).contains(at(50));
        assertThat(store.list("acme")).extracting(ApiKey::id).containsExactly("key-2");
    }

    @Test
    void touchingAKeyRecordsItsLastUse() {
        store.create(key("key-1", "acme", 0));

        store.touch("key-1", at(10));
        store.touch("key-1", at(70));
        store.touch("key-9", at(70));

        assertThat(store.find("key-1").map(ApiKey::lastUsedAt)).contains(at(70));
        assertThat(store.find("key-9")).isEmpty();
    }
}
