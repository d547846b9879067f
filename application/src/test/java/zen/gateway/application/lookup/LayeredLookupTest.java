package zen.gateway.application.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.secrets.AesGcmSecretBox;
import zen.gateway.application.inmemory.InMemoryEndpointStore;
import zen.gateway.application.inmemory.InMemoryProjectNumberStore;
import zen.gateway.application.inmemory.InMemorySharedCache;
import zen.gateway.application.projects.ProjectDirectory;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

class LayeredLookupTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aSecondNodeIsAnsweredByTheSharedLevelAndSeesChangesAtOnce() {
        InMemorySharedCache shared = new InMemorySharedCache();
        InMemoryEndpointStore store = new InMemoryEndpointStore();
        Endpoint endpoint = new Endpoint("e1", "p1", URI.create("https://hooks.example.com/x?token=1"), "secret", "whsec_AAAA",
                List.of(TopicPattern.of("datagen.*"), TopicPattern.of("message.status")), Set.of(MessageStatus.READ),
                EndpointState.ACTIVE, null, clock.instant(), clock.instant());
        store.save(endpoint);
        EndpointDirectory nodeA = new EndpointDirectory(store, new AesGcmSecretBox(new byte[32]), shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);
        EndpointDirectory nodeB = new EndpointDirectory(store, new AesGcmSecretBox(new byte[32]), shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);

        assertThat(nodeA.ofProject("p1")).containsExactly(endpoint);
        assertThat(nodeB.ofProject("p1")).containsExactly(endpoint);
        assertThat(nodeA.ofProject("p1")).containsExactly(endpoint);

        assertThat(nodeA.stats().storeLoads()).isEqualTo(1);
        assertThat(nodeA.stats().localHits()).isEqualTo(1);
        assertThat(nodeB.stats().sharedHits()).isEqualTo(1);
        assertThat(nodeB.stats().storeLoads()).isZero();

        store.delete("p1", "e1");
        nodeA.forget("p1");

        assertThat(nodeB.ofProject("p1")).isEmpty();
    }

    @Test
    void unmappedNumbersAreCachedAsSuch() {
        InMemorySharedCache shared = new InMemorySharedCache();
        InMemoryProjectNumberStore store = new InMemoryProjectNumberStore();
        ProjectDirectory nodeA = new ProjectDirectory(store, shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);
        ProjectDirectory nodeB = new ProjectDirectory(store, shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);

        assertThat(nodeA.projectOf("+91999")).isEmpty();
        assertThat(nodeB.projectOf("+91999")).isEmpty();
        assertThat(nodeB.stats().sharedHits()).isEqualTo(1);

        store.assign("+91999", "acme");
        nodeB.forget("+91999");

        assertThat(nodeA.projectOf("+91999")).contains("acme");
    }

    @Test
    void unreadableSharedBytesAreAMiss() {
        InMemorySharedCache shared = new InMemorySharedCache();
        shared.put("endpoints-of:p1", "{not json".getBytes(), Duration.ofHours(1));
        EndpointDirectory directory = new EndpointDirectory(new InMemoryEndpointStore(), new AesGcmSecretBox(new byte[32]), shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);

        assertThat(directory.ofProject("p1")).isEmpty();
        assertThat(directory.stats().storeLoads()).isEqualTo(1);
    }
}
