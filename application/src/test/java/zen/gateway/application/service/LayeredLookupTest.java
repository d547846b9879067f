package zen.gateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import zen.gateway.application.embedded.InMemoryEndpointStore;
import zen.gateway.application.embedded.InMemoryProjectNumberStore;
import zen.gateway.application.port.outbound.SharedCache;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

class LayeredLookupTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);

    /** Two nodes' view of one shared cache: a map, and evictions broadcast to every node's listeners. */
    private static final class SharedMap implements SharedCache {
        final Map<String, byte[]> values = new HashMap<>();
        final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, byte[] value, Duration ttl) {
            values.put(key, value);
        }

        @Override
        public void evict(String key) {
            values.remove(key);
            listeners.forEach(l -> l.accept(key));
        }

        @Override
        public void evictAll() {
            values.clear();
            listeners.forEach(l -> l.accept(null));
        }

        @Override
        public void onEvicted(Consumer<String> listener) {
            listeners.add(listener);
        }
    }

    @Test
    void aSecondNodeIsAnsweredByTheSharedLevelAndSeesChangesAtOnce() {
        SharedMap shared = new SharedMap();
        InMemoryEndpointStore store = new InMemoryEndpointStore();
        Endpoint endpoint = new Endpoint("e1", "p1", URI.create("https://hooks.example.com/x?token=1"), "secret", "whsec_AAAA",
                List.of(TopicPattern.of("datagen.*"), TopicPattern.of("message.status")), Set.of(MessageStatus.READ),
                EndpointState.ACTIVE, null, clock.instant(), clock.instant());
        store.save(endpoint);
        EndpointDirectory nodeA = new EndpointDirectory(store, shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);
        EndpointDirectory nodeB = new EndpointDirectory(store, shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);

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
        SharedMap shared = new SharedMap();
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
        SharedMap shared = new SharedMap();
        shared.values.put("endpoints-of:p1", "{not json".getBytes());
        EndpointDirectory directory = new EndpointDirectory(new InMemoryEndpointStore(), shared, Duration.ofMinutes(5), Duration.ofHours(1), clock);

        assertThat(directory.ofProject("p1")).isEmpty();
        assertThat(directory.stats().storeLoads()).isEqualTo(1);
    }
}
