package zen.gateway.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;

/** A {@link QuarantineStore} in memory; keeping an id twice keeps the first. Thread-safe. */
public final class InMemoryQuarantineStore implements QuarantineStore {

    static final Comparator<QuarantinedInput> NEWEST_FIRST = Comparator
            .comparing(QuarantinedInput::receivedAt)
            .thenComparing(QuarantinedInput::id)
            .reversed();

    private final Map<String, QuarantinedInput> byId = new LinkedHashMap<>();

    @Override
    public synchronized void keep(QuarantinedInput input) {
        byId.putIfAbsent(input.id(), input);
    }

    @Override
    public synchronized List<QuarantinedInput> newest(int limit) {
        return byId.values().stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public synchronized long count() {
        return byId.size();
    }

    @Override
    public synchronized int removeOlderThan(Instant cutoff, int limit) {
        List<String> old = byId.values().stream().filter(q -> q.receivedAt().isBefore(cutoff)).limit(limit)
                .map(QuarantinedInput::id).toList();
        old.forEach(byId::remove);
        return old.size();
    }
}
