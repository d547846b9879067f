package zen.gateway.domain.campaign;

import java.util.EnumMap;
import java.util.Map;

/**
 * A campaign's counts: every recipient in the count of its status, plus the lines that never became recipients.
 * Rates are shares of the messages handed out (delivered and read count as sent; read counts as delivered).
 */
public record CampaignFunnel(Map<RecipientStatus, Long> byStatus, long duplicates, long invalid) {

    public CampaignFunnel {
        EnumMap<RecipientStatus, Long> all = new EnumMap<>(RecipientStatus.class);
        for (RecipientStatus s : RecipientStatus.values()) {
            all.put(s, byStatus.getOrDefault(s, 0L));
        }
        byStatus = Map.copyOf(all);
    }

    public long count(RecipientStatus status) {
        return byStatus.get(status);
    }

    public long recipients() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Recipients handed to the send path. */
    public long handedOut() {
        return byStatus.entrySet().stream().filter(e -> e.getKey().hasMessage()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Sent or beyond: sent, delivered, read. */
    public long reached() {
        return count(RecipientStatus.SENT) + delivered();
    }

    public long delivered() {
        return count(RecipientStatus.DELIVERED) + count(RecipientStatus.READ);
    }

    public double rate(long part) {
        long base = handedOut();
        return base == 0 ? 0 : Math.round(part * 10_000.0 / base) / 10_000.0;
    }

    /** Nothing left to hand out and every send has an answer. */
    public boolean settled() {
        return count(RecipientStatus.PENDING) == 0 && count(RecipientStatus.QUEUED) == 0;
    }
}
