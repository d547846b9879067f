package zen.gateway.application.endpoints;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.lookup.LayeredLookup;
import zen.gateway.application.lookup.LookupStats;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.application.port.outbound.secrets.SecretBox;
import zen.gateway.domain.subscription.Endpoint;

/**
 * A project's endpoints as fan-out and delivery read them: memory, then the shared cache, then the store.
 * Every change made through {@link EndpointManagementService} invalidates the project on every node, so the
 * next event sees it, not the next TTL.
 */
public final class EndpointDirectory {

    private final LayeredLookup<List<Endpoint>> lookup;

    /** {@code box} seals the secrets that go through the shared cache. */
    public EndpointDirectory(EndpointStore store, SecretBox box, SharedCache shared, Duration localTtl, Duration sharedTtl,
            Clock clock) {
        this.lookup = new LayeredLookup<>("endpoints-of", store::ofProject, new EndpointCodec(box), shared, localTtl,
                sharedTtl, clock);
    }

    public List<Endpoint> ofProject(String projectOwnerId) {
        return lookup.get(projectOwnerId);
    }

    public Optional<Endpoint> find(String projectOwnerId, String endpointId) {
        return ofProject(projectOwnerId).stream().filter(e -> e.id().equals(endpointId)).findFirst();
    }

    public void forget(String projectOwnerId) {
        lookup.invalidate(projectOwnerId);
    }

    public void forgetAll() {
        lookup.invalidateAll();
    }

    public LookupStats stats() {
        return lookup.stats();
    }
}
