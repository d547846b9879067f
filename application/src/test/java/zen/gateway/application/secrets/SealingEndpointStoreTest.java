package zen.gateway.application.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;
import static zen.gateway.application.contract.Fixtures.endpoint;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.inmemory.InMemoryEndpointStore;
import zen.gateway.application.inmemory.InMemorySharedCache;
import zen.gateway.application.inmemory.MutableClock;
import zen.gateway.domain.subscription.Endpoint;

class SealingEndpointStoreTest {

    private final AesGcmSecretBox box = AesGcmSecretBox.fromBase64(AesGcmSecretBox.newKey());
    private final InMemoryEndpointStore raw = new InMemoryEndpointStore();
    private final SealingEndpointStore sealing = new SealingEndpointStore(raw, box);

    @Test
    void theStoreKeepsSecretsSealedAndReadersSeeThemOpened() {
        Endpoint endpoint = endpoint("ep-1", "acme", at(0));

        sealing.save(endpoint);

        Endpoint stored = raw.find("acme", "ep-1").orElseThrow();
        assertThat(stored.sharedSecret()).startsWith("zen:v1:").doesNotContain(endpoint.sharedSecret());
        assertThat(stored.signingSecret()).startsWith("zen:v1:").doesNotContain(endpoint.signingSecret());
        assertThat(sealing.find("acme", "ep-1")).contains(endpoint);
        assertThat(sealing.ofProject("acme")).containsExactly(endpoint);
    }

    @Test
    void endpointsStoredBeforeSecretsWereSealedWorkAndAreSealedOnce() {
        Endpoint old = endpoint("ep-old", "acme", at(0));
        raw.save(old);
        sealing.save(endpoint("ep-new", "acme", at(1)));

        assertThat(sealing.find("acme", "ep-old")).contains(old);
        assertThat(sealing.sealUnsealed()).isEqualTo(1);
        assertThat(sealing.sealUnsealed()).isZero();
        assertThat(raw.find("acme", "ep-old").orElseThrow().sharedSecret()).startsWith("zen:v1:");
        assertThat(sealing.find("acme", "ep-old")).contains(old);
    }

    @Test
    void theCacheEveryNodeSharesHoldsTheSecretsSealedToo() {
        InMemorySharedCache shared = new InMemorySharedCache();
        Endpoint endpoint = endpoint("ep-1", "acme", at(0));
        sealing.save(endpoint);
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        EndpointDirectory nodeA = new EndpointDirectory(sealing, box, shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);
        EndpointDirectory nodeB = new EndpointDirectory(sealing, box, shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);

        assertThat(nodeA.ofProject("acme")).containsExactly(endpoint);
        String cached = new String(shared.get("endpoints-of:acme").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(cached).contains("ep-1").doesNotContain(endpoint.sharedSecret()).doesNotContain(endpoint.signingSecret());
        assertThat(nodeB.ofProject("acme")).containsExactly(endpoint);
        assertThat(nodeB.stats().sharedHits()).isEqualTo(1);
    }
}
