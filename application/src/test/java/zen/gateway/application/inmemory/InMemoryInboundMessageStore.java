package zen.gateway.application.inmemory;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import zen.gateway.application.port.outbound.conversations.CustomerActivity;
import zen.gateway.application.port.outbound.conversations.InboundMessageStore;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.usage.Grouping;
import zen.gateway.application.port.outbound.usage.InboundUsage;
import zen.gateway.application.port.outbound.usage.UsageWindow;
import zen.gateway.domain.conversation.ReceivedMessage;

/** An {@link InboundMessageStore} in memory; keeping an id twice keeps the first. Thread-safe. */
public final class InMemoryInboundMessageStore implements InboundMessageStore {

    private static final Comparator<ReceivedMessage> NEWEST_FIRST =
            Comparator.comparing(ReceivedMessage::occurredAt).thenComparing(ReceivedMessage::id).reversed();
    private static final Comparator<CustomerActivity> MOST_RECENT_FIRST = Comparator
            .comparing(CustomerActivity::lastInboundAt).thenComparing(CustomerActivity::customerNumber).reversed();

    private final Map<String, ReceivedMessage> byId = new LinkedHashMap<>();

    @Override
    public synchronized void keep(List<ReceivedMessage> messages) {
        messages.forEach(m -> byId.putIfAbsent(m.id(), m));
    }

    @Override
    public synchronized Optional<ReceivedMessage> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Slice<ReceivedMessage> byCustomer(String projectOwnerId, String customerNumber, Position after, int limit) {
        List<ReceivedMessage> selected = byId.values().stream()
                .filter(m -> Objects.equals(projectOwnerId, m.projectOwnerId()) && Objects.equals(customerNumber, m.customerNumber()))
                .filter(m -> after == null || before(m.occurredAt(), m.id(), after))
                .sorted(NEWEST_FIRST)
                .limit(limit + 1L)
                .toList();
        return Slice.of(selected, limit, m -> new Position(m.occurredAt(), m.id()));
    }

    @Override
    public synchronized Slice<CustomerActivity> customers(String projectOwnerId, Position after, int limit) {
        Map<String, Instant> last = new HashMap<>();
        byId.values().stream()
                .filter(m -> Objects.equals(projectOwnerId, m.projectOwnerId()) && m.customerNumber() != null)
                .forEach(m -> last.merge(m.customerNumber(), m.occurredAt(), (a, b) -> a.isAfter(b) ? a : b));
        List<CustomerActivity> selected = last.entrySet().stream()
                .map(e -> new CustomerActivity(e.getKey(), e.getValue()))
                .filter(c -> after == null || before(c.lastInboundAt(), c.customerNumber(), after))
                .sorted(MOST_RECENT_FIRST)
                .limit(limit + 1L)
                .toList();
        return Slice.of(selected, limit, c -> new Position(c.lastInboundAt(), c.customerNumber()));
    }

    @Override
    public synchronized Optional<Instant> lastInboundAt(String projectOwnerId, String customerNumber) {
        return byId.values().stream()
                .filter(m -> Objects.equals(projectOwnerId, m.projectOwnerId()) && Objects.equals(customerNumber, m.customerNumber()))
                .map(ReceivedMessage::occurredAt)
                .max(Comparator.naturalOrder());
    }

    private static boolean before(Instant time, String id, Position cursor) {
        int byTime = time.compareTo(cursor.createdAt());
        return byTime < 0 || (byTime == 0 && id.compareTo(cursor.id()) < 0);
    }

    @Override
    public synchronized List<InboundUsage> inboundUsage(UsageWindow window) {
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        byId.values().stream()
                .filter(m -> window.projectOwnerId().equals(m.projectOwnerId()))
                .filter(m -> !m.occurredAt().isBefore(window.from()) && m.occurredAt().isBefore(window.to()))
                .forEach(m -> counts.merge(Arrays.asList(window.granularity().bucketOf(m.occurredAt()),
                        window.grouping() == Grouping.BSP ? m.bsp() : null), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(e -> new InboundUsage((Instant) e.getKey().get(0), (String) e.getKey().get(1), e.getValue()))
                .toList();
    }

    @Override
    public synchronized int removeOlderThan(Instant cutoff, int limit) {
        List<String> old = byId.values().stream().filter(m -> m.receivedAt().isBefore(cutoff)).limit(limit)
                .map(ReceivedMessage::id).toList();
        old.forEach(byId::remove);
        return old.size();
    }
}
