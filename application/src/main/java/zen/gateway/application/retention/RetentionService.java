package zen.gateway.application.retention;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import zen.gateway.application.port.inbound.retention.PurgeExpiredUseCase;
import zen.gateway.application.port.outbound.retention.Expiring;

/**
 * Purges every expiring store of what is older than its period, a batch at a time. A run stops a kind after
 * {@code maxBatchesPerRun} batches: what is left waits for the next run, so one run of a backlog never hogs the
 * database. Thread-safe if its stores are; runs are meant to be serialized by their scheduler.
 */
public final class RetentionService implements PurgeExpiredUseCase {

    /** One kind of data, its store and how long it is kept. */
    public record Kind(String name, Expiring store, Duration keptFor) {
        public Kind {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(store, "store");
            if (keptFor.isNegative() || keptFor.isZero()) {
                throw new IllegalArgumentException("a retention period must be positive: " + name);
            }
        }
    }

    private final List<Kind> kinds;
    private final int batchSize;
    private final int maxBatchesPerRun;
    private final Clock clock;

    public RetentionService(List<Kind> kinds, int batchSize, int maxBatchesPerRun, Clock clock) {
        if (batchSize < 1 || maxBatchesPerRun < 1) {
            throw new IllegalArgumentException("batch size and batches per run must be positive");
        }
        this.kinds = List.copyOf(kinds);
        this.batchSize = batchSize;
        this.maxBatchesPerRun = maxBatchesPerRun;
        this.clock = clock;
    }

    @Override
    public Map<String, Long> purgeExpired() {
        Map<String, Long> removed = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            // one cutoff per run, so that a run that takes a while does not chase the present
            var cutoff = clock.instant().minus(kind.keptFor());
            long total = 0;
            for (int batch = 0; batch < maxBatchesPerRun; batch++) {
                int count = kind.store().removeOlderThan(cutoff, batchSize);
                total += count;
                if (count < batchSize) {
                    break;
                }
            }
            removed.put(kind.name(), total);
        }
        return removed;
    }
}
