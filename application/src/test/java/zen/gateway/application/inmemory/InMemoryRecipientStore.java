package zen.gateway.application.inmemory;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;

/** {@link RecipientStore} in a sorted map; every method holds the store's lock. Thread-safe. */
public final class InMemoryRecipientStore implements RecipientStore {

    private final Map<String, Recipient> byKey = new TreeMap<>();

    private static String key(String campaignId, String phone) {
        return campaignId + "\u0000" + phone;
    }

    @Override
    public synchronized int add(List<Recipient> batch) {
        int added = 0;
        for (Recipient r : batch) {
            if (byKey.putIfAbsent(key(r.campaignId(), r.phone()), r) == null) {
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized List<Recipient> pending(String campaignId, int limit) {
        return byKey.values().stream()
                .filter(r -> r.campaignId().equals(campaignId) && r.status() == RecipientStatus.PENDING)
                .sorted(Comparator.comparingLong(Recipient::line).thenComparing(Recipient::phone))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean handOut(String campaignId, String phone, String messageId) {
        UnaryOperator<Recipient> queued = r -> new Recipient(r.campaignId(), r.phone(), r.parameters(), r.line(),
                RecipientStatus.QUEUED, messageId, r.wamid(), r.error(), r.updatedAt());
        return move(campaignId, phone, RecipientStatus.PENDING, queued)
                || move(campaignId, phone, RecipientStatus.CANCELLED, queued);
    }

    @Override
    public synchronized boolean skip(String campaignId, String phone, RecipientStatus status, String error) {
        return move(campaignId, phone, RecipientStatus.PENDING, r -> new Recipient(r.campaignId(), r.phone(),
                r.parameters(), r.line(), status, r.messageId(), r.wamid(), error, r.updatedAt()));
    }

    private boolean move(String campaignId, String phone, RecipientStatus expected, UnaryOperator<Recipient> next) {
        String key = key(campaignId, phone);
        Recipient current = byKey.get(key);
        if (current == null || current.status() != expected) {
            return false;
        }
        byKey.put(key, next.apply(current));
        return true;
    }

    @Override
    public synchronized int cancelPending(String campaignId) {
        List<Recipient> pending = byKey.values().stream()
                .filter(r -> r.campaignId().equals(campaignId) && r.status() == RecipientStatus.PENDING).toList();
        pending.forEach(r -> skip(campaignId, r.phone(), RecipientStatus.CANCELLED, null));
        return pending.size();
    }

    @Override
    public synchronized boolean advance(String messageId, RecipientStatus status, String wamid) {
        return advanceWhere(r -> messageId.equals(r.messageId()), status, wamid) > 0;
    }

    @Override
    public synchronized int advanceByWamid(String wamid, RecipientStatus status) {
        return advanceWhere(r -> wamid.equals(r.wamid()), status, null);
    }

    private int advanceWhere(Predicate<Recipient> which, RecipientStatus status, String wamid) {
        int moved = 0;
        for (Map.Entry<String, Recipient> e : byKey.entrySet()) {
            Recipient r = e.getValue();
            if (which.test(r) && r.status().hasMessage() && r.status().rank() < status.rank()) {
                e.setValue(new Recipient(r.campaignId(), r.phone(), r.parameters(), r.line(), status, r.messageId(),
                        wamid != null ? wamid : r.wamid(), r.error(), r.updatedAt()));
                moved++;
            }
        }
        return moved;
    }

    @Override
    public synchronized Map<RecipientStatus, Long> counts(String campaignId) {
        Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
        byKey.values().stream().filter(r -> r.campaignId().equals(campaignId))
                .forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized List<Recipient> list(String campaignId, RecipientStatus status, String afterPhone, int limit) {
        return byKey.values().stream()
                .filter(r -> r.campaignId().equals(campaignId))
                .filter(r -> status == null || r.status() == status)
                .filter(r -> afterPhone == null || r.phone().compareTo(afterPhone) > 0)
                .sorted(Comparator.comparing(Recipient::phone))
                .limit(limit)
                .toList();
    }
}
