package zen.gateway.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.application.port.outbound.tracking.MessageCountQuery;
import zen.gateway.application.port.outbound.tracking.MessageCounts;
import zen.gateway.application.port.outbound.tracking.MessageQuery;
import zen.gateway.application.port.outbound.tracking.MessageStore;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.usage.Grouping;
import zen.gateway.application.port.outbound.usage.OutboundUsage;
import zen.gateway.application.port.outbound.usage.UsageWindow;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;

/**
 * A {@link MessageStore} in memory. The lifecycle rules are {@link TrackedMessage}'s own; this class only finds
 * the message an update is for. Thread-safe: one lock, so each batch is applied as a whole.
 */
public final class InMemoryMessageStore implements MessageStore {

    static final Comparator<TrackedMessage> NEWEST_FIRST = Comparator
            .comparing(TrackedMessage::createdAt)
            .thenComparing(TrackedMessage::messageId)
            .reversed();

    private final Map<String, TrackedMessage> byMessageId = new HashMap<>();
    private final Map<String, String> idByWamid = new HashMap<>();
    private final Map<BspKey, String> idByBspKey = new HashMap<>();
    /** For {@link #find}, which is given a BSP message id without its BSP: the first message to claim it. */
    private final Map<String, String> idByBspMessageId = new HashMap<>();

    private record BspKey(String bsp, String bspMessageId) {}

    @Override
    public synchronized void apply(List<MessageUpdate> updates) {
        for (MessageUpdate update : updates) {
            TrackedMessage next = matching(update.details())
                    .map(known -> known.observe(update.observation(), offeredTo(known, update.details()), update.failure())
                            .message())
                    .orElseGet(() -> TrackedMessage.firstSeen(
                            update.newMessageId(), update.details(), update.observation(), update.failure()));
            byMessageId.put(next.messageId(), next);
            index(next);
        }
    }

    private Optional<TrackedMessage> matching(MessageDetails details) {
        String id = null;
        if (details.wamid() != null) {
            id = idByWamid.get(details.wamid());
        }
        if (id == null && details.bspMessageId() != null) {
            id = idByBspKey.get(new BspKey(details.bsp(), details.bspMessageId()));
        }
        return Optional.ofNullable(id).map(byMessageId::get);
    }

    /**
     * The update's details without a key that already names another message: a message cannot take over another
     * one's wamid or BSP message id (a unique key in every store). The key the message was matched by stays.
     */
    private MessageDetails offeredTo(TrackedMessage known, MessageDetails offered) {
        boolean wamidTaken = offered.wamid() != null
                && !known.messageId().equals(idByWamid.getOrDefault(offered.wamid(), known.messageId()));
        String bspKeyOwner = offered.bspMessageId() == null
                ? null : idByBspKey.get(new BspKey(known.details().bsp(), offered.bspMessageId()));
        boolean bspMessageIdTaken = bspKeyOwner != null && !bspKeyOwner.equals(known.messageId());
        if (!wamidTaken && !bspMessageIdTaken) {
            return offered;
        }
        return new MessageDetails(
                wamidTaken ? null : offered.wamid(),
                offered.bsp(),
                bspMessageIdTaken ? null : offered.bspMessageId(),
                offered.phoneNumber(),
                offered.businessNumber(),
                offered.projectOwnerId(),
                offered.campaignId());
    }

    private void index(TrackedMessage message) {
        MessageDetails details = message.details();
        if (details.wamid() != null) {
            idByWamid.putIfAbsent(details.wamid(), message.messageId());
        }
        if (details.bspMessageId() != null) {
            idByBspKey.putIfAbsent(new BspKey(details.bsp(), details.bspMessageId()), message.messageId());
            idByBspMessageId.putIfAbsent(details.bspMessageId(), message.messageId());
        }
    }

    @Override
    public synchronized Optional<TrackedMessage> find(String id) {
        String messageId = idByWamid.get(id);
        if (messageId == null) {
            messageId = idByBspMessageId.get(id);
        }
        return Optional.ofNullable(messageId).map(byMessageId::get);
    }

    @Override
    public synchronized Slice<TrackedMessage> list(MessageQuery query) {
        List<TrackedMessage> selected = byMessageId.values().stream()
                .filter(equalOrAny(query.projectOwnerId(), m -> m.details().projectOwnerId()))
                .filter(equalOrAny(query.campaignId(), m -> m.details().campaignId()))
                .filter(m -> query.status() == null || m.currentStatus() == query.status())
                .filter(equalOrAny(query.customerNumber(), m -> m.details().phoneNumber()))
                .filter(m -> query.after() == null || isAfter(m, query.after()))
                .sorted(NEWEST_FIRST)
                .limit(query.limit() + 1L)
                .toList();
        return Slice.of(selected, query.limit(), m -> new Position(m.createdAt(), m.messageId()));
    }

    private static boolean isAfter(TrackedMessage message, Position cursor) {
        int byTime = message.createdAt().compareTo(cursor.createdAt());
        return byTime < 0 || (byTime == 0 && message.messageId().compareTo(cursor.id()) < 0);
    }


    @Override
    public synchronized MessageCounts count(MessageCountQuery query) {
        Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
        byMessageId.values().stream()
                .filter(equalOrAny(query.projectOwnerId(), m -> m.details().projectOwnerId()))
                .filter(equalOrAny(query.campaignId(), m -> m.details().campaignId()))
                .filter(m -> within(m.createdAt(), query.from(), query.to()))
                .forEach(m -> counts.merge(m.currentStatus(), 1L, Long::sum));
        return new MessageCounts(counts);
    }

    static <T> Predicate<T> equalOrAny(String wanted, Function<T, String> field) {
        return item -> wanted == null || wanted.equals(field.apply(item));
    }

    /** {@code from} inclusive, {@code to} exclusive, null meaning open. */
    static boolean within(Instant at, Instant from, Instant to) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    @Override
    public synchronized List<OutboundUsage> usage(UsageWindow window) {
        Map<List<Object>, List<TrackedMessage>> groups = new LinkedHashMap<>();
        byMessageId.values().stream()
                .filter(m -> window.projectOwnerId().equals(m.details().projectOwnerId()))
                .filter(m -> within(m.createdAt(), window.from(), window.to()))
                .forEach(m -> groups.computeIfAbsent(Arrays.asList(window.granularity().bucketOf(m.createdAt()),
                        window.grouping() == Grouping.BSP ? m.details().bsp() : m.details().campaignId()),
                        k -> new ArrayList<>()).add(m));
        List<OutboundUsage> usage = new ArrayList<>();
        groups.forEach((key, messages) -> {
            List<Long> sentToDelivered = gaps(messages, MessageStatus.SENT, MessageStatus.DELIVERED);
            List<Long> deliveredToRead = gaps(messages, MessageStatus.DELIVERED, MessageStatus.READ);
            usage.add(new OutboundUsage((Instant) key.get(0), (String) key.get(1), reached(messages, MessageStatus.SENT),
                    reached(messages, MessageStatus.DELIVERED), reached(messages, MessageStatus.READ),
                    reached(messages, MessageStatus.FAILED), nearestRank(sentToDelivered, 50), nearestRank(sentToDelivered, 95),
                    nearestRank(deliveredToRead, 50), nearestRank(deliveredToRead, 95)));
        });
        return usage;
    }

    private static long reached(List<TrackedMessage> messages, MessageStatus status) {
        return messages.stream().filter(m -> m.lifecycle().firstSeen(status).isPresent()).count();
    }

    private static List<Long> gaps(List<TrackedMessage> messages, MessageStatus first, MessageStatus then) {
        return messages.stream()
                .filter(m -> m.lifecycle().firstSeen(first).isPresent() && m.lifecycle().firstSeen(then).isPresent())
                .map(m -> m.lifecycle().firstSeen(then).get().toEpochMilli() - m.lifecycle().firstSeen(first).get().toEpochMilli())
                .sorted()
                .toList();
    }

    /** The smallest value with at least {@code percent}% of the values at or below it; null for none. */
    static Long nearestRank(List<Long> ascending, int percent) {
        if (ascending.isEmpty()) {
            return null;
        }
        return ascending.get((int) Math.max(1, (percent * (long) ascending.size() + 99) / 100) - 1);
    }

    @Override
    public synchronized int removeOlderThan(Instant cutoff, int limit) {
        List<TrackedMessage> old = byMessageId.values().stream().filter(m -> m.createdAt().isBefore(cutoff)).limit(limit).toList();
        for (TrackedMessage m : old) {
            byMessageId.remove(m.messageId());
            idByWamid.values().remove(m.messageId());
            idByBspKey.values().remove(m.messageId());
            idByBspMessageId.values().remove(m.messageId());
        }
        return old.size();
    }
}
