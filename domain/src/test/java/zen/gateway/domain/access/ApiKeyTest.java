package zen.gateway.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static ApiKey key(Instant expiresAt) {
        return new ApiKey("key-1", "ab12", "acme", "ci", Set.of(Scope.READ), KeyRateLimit.DEFAULT, T0, expiresAt, null, null);
    }

    @Test
    void aKeyWorksUntilItExpires() {
        ApiKey key = key(T0.plusSeconds(60));

        assertThat(key.usableAt(T0)).isTrue();
        assertThat(key.usableAt(T0.plusSeconds(59))).isTrue();
        assertThat(key.usableAt(T0.plusSeconds(60))).isFalse();
    }

    @Test
    void aKeyWithoutExpiryWorksUntilItIsRevoked() {
        ApiKey key = key(null);

        assertThat(key.usableAt(T0.plusSeconds(86_400L * 365 * 10))).isTrue();
        assertThat(key.revokedAt(T0.plusSeconds(5)).usableAt(T0.plusSeconds(6))).isFalse();
    }

    @Test
    void lastUseIsRecordedWithoutChangingAnythingElse() {
        ApiKey used = key(null).usedAt(T0.plusSeconds(3));

        assertThat(used.lastUsedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(used.usedAt(null)).isEqualTo(key(null));
    }

    @Test
    void scopesNameTheirWireNamesAndUnknownOnesAreNotScopes() {
        assertThat(Scope.fromWireName("Write")).contains(Scope.WRITE);
        assertThat(Scope.fromWireName("admin")).isEmpty();
        assertThat(Scope.fromWireName(null)).isEmpty();
        assertThat(Scope.KEYS.wireName()).isEqualTo("keys");
    }

    @Test
    void aRateLimitIsWithinAnotherOnlyWhenNeitherRateNorBurstIsHigher() {
        assertThat(new KeyRateLimit(10, 20).within(KeyRateLimit.DEFAULT)).isTrue();
        assertThat(new KeyRateLimit(10, 200).within(KeyRateLimit.DEFAULT)).isFalse();
        assertThat(new KeyRateLimit(60, 20).within(KeyRateLimit.DEFAULT)).isFalse();
        assertThatThrownBy(() -> new KeyRateLimit(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRateLimit(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOutcomeFollowsTheStatusClass() {
        assertThat(AuditOutcome.ofStatus(201)).isEqualTo(AuditOutcome.SUCCEEDED);
        assertThat(AuditOutcome.ofStatus(204)).isEqualTo(AuditOutcome.SUCCEEDED);
        assertThat(AuditOutcome.ofStatus(403)).isEqualTo(AuditOutcome.REFUSED);
        assertThat(AuditOutcome.ofStatus(503)).isEqualTo(AuditOutcome.FAILED);
    }
}
