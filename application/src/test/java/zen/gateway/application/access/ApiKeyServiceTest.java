package zen.gateway.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryApiKeyStore;
import zen.gateway.application.inmemory.InMemorySharedCache;
import zen.gateway.application.inmemory.MutableClock;
import zen.gateway.application.port.inbound.access.AccessDeniedException;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.access.CreateKeyCommand;
import zen.gateway.application.port.inbound.access.CreatedKey;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.domain.access.ApiKey;
import zen.gateway.domain.access.KeyRateLimit;
import zen.gateway.domain.access.Scope;

class ApiKeyServiceTest {

    private static final String ADMIN_KEY = "an-admin-key-of-the-configuration-0123456789";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InMemoryApiKeyStore store = new InMemoryApiKeyStore();
    private final SharedCache shared = new InMemorySharedCache();
    private final ApiKeyService node = node();
    private final Caller admin = node.authenticate(ADMIN_KEY).orElseThrow();

    private ApiKeyService node() {
        return new ApiKeyService(store, new KeyDirectory(store, shared, Duration.ofMinutes(5), Duration.ofHours(1), clock),
                new AdminKeys(List.of("another-admin-key-during-a-rotation", ADMIN_KEY), KeyRateLimit.DEFAULT),
                KeyRateLimit.DEFAULT, clock);
    }

    private CreatedKey create(Caller creator, String project, Set<Scope> scopes) {
        return node.create(creator, new CreateKeyCommand(project, "ci", scopes, null, null));
    }

    @Test
    void anAdminKeyOfTheConfigurationIsAnAdminKnownByAnIdThatIsNotTheKey() {
        assertThat(admin.admin()).isTrue();
        assertThat(admin.keyId()).startsWith("admin-").doesNotContain(ADMIN_KEY);
        assertThat(node.authenticate("  " + ADMIN_KEY + " ")).contains(admin);
        assertThat(node.authenticate("another-admin-key-during-a-rotation").orElseThrow().keyId()).isNotEqualTo(admin.keyId());
    }

    @Test
    void unknownBlankAndAbsentKeysAreNobody() {
        assertThat(node.authenticate(KeyMaterial.newKey())).isEmpty();
        assertThat(node.authenticate(ADMIN_KEY.substring(1))).isEmpty();
        assertThat(node.authenticate(" ")).isEmpty();
        assertThat(node.authenticate(null)).isEmpty();
    }

    @Test
    void aNewKeyIsShownOnceAndStoredOnlyAsItsHash() {
        CreatedKey created = create(admin, "acme", EnumSet.of(Scope.READ, Scope.WRITE));

        assertThat(created.secret()).startsWith("zen_").hasSize(4 + 43);
        assertThat(created.key().keyHash()).isEqualTo(KeyMaterial.hash(created.secret())).doesNotContain(created.secret());
        Caller caller = node.authenticate(created.secret()).orElseThrow();
        assertThat(caller.admin()).isFalse();
        assertThat(caller.projectOwnerId()).isEqualTo("acme");
        assertThat(caller.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.WRITE);
        assertThat(caller.keyId()).isEqualTo(created.key().id());
        assertThat(create(admin, "acme", Set.of(Scope.READ)).secret()).isNotEqualTo(created.secret());
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceOnEveryNodeSharingTheCache() {
        CreatedKey created = create(admin, "acme", Set.of(Scope.READ));
        ApiKeyService otherNode = node();
        assertThat(otherNode.authenticate(created.secret())).isPresent();

        assertThat(node.revoke(created.key().id()).map(ApiKey::revokedAt)).contains(clock.instant());

        assertThat(otherNode.authenticate(created.secret())).isEmpty();
        assertThat(node.authenticate(created.secret())).isEmpty();
        assertThat(node.revoke(created.key().id())).isEmpty();
        assertThat(node.find(created.key().id())).isEmpty();
        assertThat(node.list("acme")).isEmpty();
    }

    @Test
    void aKeyStopsWorkingWhenItExpires() {
        CreatedKey created = node.create(admin, new CreateKeyCommand("acme", null, Set.of(Scope.READ),
                clock.instant().plusSeconds(60), null));

        assertThat(node.authenticate(created.secret())).isPresent();
        clock.advance(Duration.ofSeconds(60));
        assertThat(node.authenticate(created.secret())).isEmpty();
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        CreatedKey created = create(admin, "acme", Set.of(Scope.READ));
        Instant first = clock.instant();

        node.authenticate(created.secret());
        clock.advance(Duration.ofSeconds(30));
        node.authenticate(created.secret());
        assertThat(store.find(created.key().id()).map(ApiKey::lastUsedAt)).contains(first);

        clock.advance(Duration.ofSeconds(31));
        node.authenticate(created.secret());
        assertThat(store.find(created.key().id()).map(ApiKey::lastUsedAt)).contains(clock.instant());
    }

    @Test
    void aProjectKeyMakesKeysOfItsOwnProjectOnlyAndNeverWiderThanItself() {
        Caller keys = node.authenticate(create(admin, "acme", EnumSet.of(Scope.READ, Scope.KEYS)).secret()).orElseThrow();

        CreatedKey own = node.create(keys, new CreateKeyCommand(null, "reader", Set.of(Scope.READ), null, null));
        assertThat(own.key().projectOwnerId()).isEqualTo("acme");

        assertThatThrownBy(() -> create(keys, "globex", Set.of(Scope.READ))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create(keys, "acme", Set.of(Scope.READ, Scope.WRITE)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("write");
        assertThatThrownBy(() -> node.create(keys, new CreateKeyCommand("acme", null, Set.of(Scope.READ), null,
                new KeyRateLimit(1000, 2000)))).isInstanceOf(AccessDeniedException.class);
        assertThat(node.list("acme")).hasSize(2);
    }

    @Test
    void aKeyMadeByAnExpiringKeyExpiresWithItAtTheLatest() {
        Instant end = clock.instant().plusSeconds(3600);
        CreatedKey expiring = node.create(admin, new CreateKeyCommand("acme", null, EnumSet.of(Scope.KEYS, Scope.READ), end, null));
        Caller keys = node.authenticate(expiring.secret()).orElseThrow();

        assertThat(node.create(keys, new CreateKeyCommand(null, null, Set.of(Scope.READ), null, null)).key().expiresAt()).isEqualTo(end);
        assertThatThrownBy(() -> node.create(keys, new CreateKeyCommand(null, null, Set.of(Scope.READ), end.plusSeconds(1), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminMustNameTheProjectAndAnExpiryMustBeAhead() {
        assertThatThrownBy(() -> create(admin, null, Set.of(Scope.READ))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("project_owner_id");
        assertThatThrownBy(() -> node.create(admin, new CreateKeyCommand("acme", null, Set.of(Scope.READ), clock.instant(), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expires_at");
        assertThatThrownBy(() -> CreateKeyCommand.scopes(List.of("read", "admin"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("admin");
    }

    @Test
    void unknownKeysAreNotKeptInTheSharedCache() {
        InMemorySharedCache watched = new InMemorySharedCache();
        KeyDirectory directory = new KeyDirectory(store, watched, Duration.ofMinutes(5), Duration.ofHours(1), clock);

        directory.byHash(KeyMaterial.hash(KeyMaterial.newKey()));
        directory.byHash(KeyMaterial.hash(KeyMaterial.newKey()));

        assertThat(directory.stats().storeLoads()).isEqualTo(2);
        assertThat(directory.stats().localHits()).isZero();
    }
}
