package zen.gateway.adapter.outbound.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedisUrlTest {

    @Test
    void theDeploymentsFormGivesPasswordHostPortAndDatabase() {
        RedisUrl url = RedisUrl.parse("redis://:s3cret@cache.internal:6380/2");

        assertThat(url.address()).isEqualTo("redis://cache.internal:6380");
        assertThat(url.username()).isEmpty();
        assertThat(url.password()).contains("s3cret");
        assertThat(url.database()).isEqualTo(2);
    }

    @Test
    void portAndDatabaseDefaultTo6379AndZero() {
        RedisUrl url = RedisUrl.parse("redis://localhost");

        assertThat(url).isEqualTo(new RedisUrl("redis://localhost:6379", Optional.empty(), Optional.empty(), 0));
        assertThat(RedisUrl.parse("redis://localhost:6379/").database()).isZero();
    }

    @Test
    void aUserMayBeNamedForRedisAcls() {
        RedisUrl url = RedisUrl.parse("redis://gateway:pw@localhost/0");

        assertThat(url.username()).contains("gateway");
        assertThat(url.password()).contains("pw");
    }

    @Test
    void aLonePasswordIsAPasswordAsForRedisCli() {
        assertThat(RedisUrl.parse("redis://pw@localhost").password()).contains("pw");
    }

    @Test
    void credentialsArePercentDecodedButAPlusStaysAPlus() {
        RedisUrl url = RedisUrl.parse("redis://:p%40ss%2Fw+rd%3A@localhost");

        assertThat(url.password()).contains("p@ss/w+rd:");
    }

    @Test
    void tlsIsKeptInTheAddress() {
        assertThat(RedisUrl.parse("rediss://localhost:6380").address()).isEqualTo("rediss://localhost:6380");
    }

    @Test
    void redactedHidesThePasswordOnly() {
        assertThat(RedisUrl.parse("redis://:s3cret@localhost/3").redacted()).isEqualTo("redis://:***@localhost:6379/3");
        assertThat(RedisUrl.parse("redis://u:s3cret@localhost").redacted()).isEqualTo("redis://u:***@localhost:6379/0");
        assertThat(RedisUrl.parse("redis://localhost").redacted()).isEqualTo("redis://localhost:6379/0");
    }

    @Test
    void whatIsNotARedisUrlIsRefusedWithoutQuotingThePassword() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("http://localhost"));
        assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis:///0"));
        assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://localhost/db"));
        assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://localhost/-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://localhost/0?ssl=true"));
        assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://:s3cret@local host"))
                .withMessageNotContaining("s3cret");
    }
}
