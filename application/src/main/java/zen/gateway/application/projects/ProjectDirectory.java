package zen.gateway.application.projects;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import zen.gateway.application.lookup.LayeredLookup;
import zen.gateway.application.lookup.LookupStats;
import zen.gateway.application.port.outbound.cache.SharedCache;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

/**
 * Which project a business number belongs to: memory, then the shared cache, then the store. "No project" is
 * cached too, so that unmapped numbers do not cost a store read per event. Every change made through
 * {@link ProjectNumbersService} invalidates the number on every node.
 */
public final class ProjectDirectory {

    private final LayeredLookup<Optional<String>> lookup;

    public ProjectDirectory(ProjectNumberStore store, SharedCache shared, Duration localTtl, Duration sharedTtl, Clock clock) {
        this.lookup = new LayeredLookup<>("project-of", store::projectOf, new ProjectCodec(), shared, localTtl, sharedTtl, clock);
    }

    public Optional<String> projectOf(String businessNumber) {
        if (businessNumber == null) {
            return Optional.empty();
        }
        return lookup.get(businessNumber);
    }

    public void forget(String businessNumber) {
        lookup.invalidate(businessNumber);
    }

    public void forgetAll() {
        lookup.invalidateAll();
    }

    public LookupStats stats() {
        return lookup.stats();
    }

    /** {@code +project} for a project, {@code -} for none. */
    private static final class ProjectCodec implements LayeredLookup.Codec<Optional<String>> {
        @Override
        public byte[] encode(Optional<String> project) {
            return project.map(p -> "+" + p).orElse("-").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Optional<Optional<String>> decode(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.equals("-")) {
                return Optional.of(Optional.empty());
            }
            return text.startsWith("+") ? Optional.of(Optional.of(text.substring(1))) : Optional.empty();
        }
    }
}
