package zen.gateway.adapter.outbound.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    @Test
    void theDefaultsSuitProduction() {
        RedisSettings settings = RedisSettings.of("redis://localhost:6379/0");

        assertThat(settings.keyPrefix()).isEqualTo("zen:");
        assertThat(settings.dedupTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.timeouts().call()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(settings.timeouts().retryAttempts()).isEqualTo(1);
    }

    @Test
    void thePasswordNeverReachesALog() {
        assertThat(RedisSettings.of("redis://:s3cret@localhost:6379/0").toString())
                .doesNotContain("s3cret")
                .contains("redis://:***@localhost:6379/0");
    }

    @Test
    void aBadUrlIsRefusedWhenConfiguredNotWhenFirstUsed() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisSettings.of("localhost:6379"));
    }

    @Test
    void aPrefixCannotHoldPatternCharactersThatWouldWidenEvictAll() {
        RedisSettings settings = RedisSettings.of("redis://localhost");

        assertThatIllegalArgumentException().isThrownBy(() -> settings.withKeyPrefix("zen*"));
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withKeyPrefix("zen[1]"));
        assertThat(settings.withKeyPrefix("zen-eu_1.a:").keyPrefix()).isEqualTo("zen-eu_1.a:");
    }

    @Test
    void aCallTimeoutShorterThanACommandsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RedisSettings.Timeouts(Duration.ofSeconds(2),
                Duration.ofSeconds(1), 1, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5)));
    }
}
