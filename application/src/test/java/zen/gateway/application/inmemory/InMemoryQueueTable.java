package zen.gateway.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import zen.gateway.application.port.outbound.queue.QueueTable;
import zen.gateway.application.port.outbound.queue.Queued;

/**
 * A {@link QueueTable} in memory, with one consumer's view (claims are not shared), commits that are durable at
 * once, and a switch that makes every write fail, as a full or failing disk would. Thread-safe.
 */
public final class InMemoryQueueTable<T> implements QueueTable<T> {

    private final ToIntFunction<T> priority;
    private final ToLongFunction<T> bytes;
    private final TreeMap<Long, T> rows = new TreeMap<>();
    private long nextSeq = 1;
    private boolean failing;

    public InMemoryQueueTable(ToIntFunction<T> priority, ToLongFunction<T> bytes) {
        this.priority = priority;
        this.bytes = bytes;
    }

    /** From now on, appends fail (true) or work again (false). */
    public synchronized void failWrites(boolean fail) {
        this.failing = fail;
    }

    @Override
    public synchronized void append(List<T> items) {
        if (failing) {
            throw new IllegalStateException("the disk is failing");
        }
        items.forEach(item -> rows.put(nextSeq++, item));
    }

    @Override
    public boolean commitsAreDurable() {
        return true;
    }

    @Override
    public void makeDurable() {
        // nothing is written anywhere
    }

    @Override
    public synchronized List<Queued<T>> claimNext(int limit, Instant now, Instant leaseUntil) {
        List<Queued<T>> all = new ArrayList<>();
        rows.forEach((seq, item) -> all.add(new Queued<>(seq, item)));
        all.sort(Comparator.comparingInt((Queued<T> q) -> -priority.applyAsInt(q.item())).thenComparingLong(Queued::seq));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    @Override
    public void release(List<Queued<T>> items) {
        // claims are not kept: one consumer takes what it sees
    }

    @Override
    public synchronized void remove(List<Queued<T>> items) {
        items.forEach(q -> rows.remove(q.seq()));
    }

    @Override
    public synchronized long count() {
        return rows.size();
    }

    @Override
    public synchronized long payloadBytes() {
        return rows.values().stream().mapToLong(bytes).sum();
    }
}
