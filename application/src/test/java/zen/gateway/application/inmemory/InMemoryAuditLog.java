package zen.gateway.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import zen.gateway.application.port.outbound.access.AuditLog;
import zen.gateway.application.port.outbound.access.AuditQuery;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.access.AuditEntry;

/** An {@link AuditLog} in memory. Thread-safe. */
public final class InMemoryAuditLog implements AuditLog {

    private static final Comparator<AuditEntry> NEWEST_FIRST =
            Comparator.comparing(AuditEntry::time).thenComparing(AuditEntry::id).reversed();

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        if (entries.stream().noneMatch(e -> e.id().equals(entry.id()))) {
            entries.add(entry);
        }
    }

    @Override
    public synchronized Slice<AuditEntry> list(AuditQuery query) {
        List<AuditEntry> selected = entries.stream()
                .filter(e -> query.projectOwnerId() == null || query.projectOwnerId().equals(e.projectOwnerId()))
                .filter(e -> query.from() == null || !e.time().isBefore(query.from()))
                .filter(e -> query.to() == null || e.time().isBefore(query.to()))
                .filter(e -> query.after() == null || before(e, query.after()))
                .sorted(NEWEST_FIRST)
                .limit(query.limit() + 1L)
                .toList();
        return Slice.of(selected, query.limit(), e -> new Position(e.time(), e.id()));
    }

    private static boolean before(AuditEntry entry, Position after) {
        int byTime = entry.time().compareTo(after.createdAt());
        return byTime < 0 || byTime == 0 && entry.id().compareTo(after.id()) < 0;
    }

    @Override
    public synchronized int removeOlderThan(Instant cutoff, int limit) {
        List<AuditEntry> old = entries.stream().filter(e -> e.time().isBefore(cutoff)).limit(limit).toList();
        entries.removeAll(old);
        return old.size();
    }
}
