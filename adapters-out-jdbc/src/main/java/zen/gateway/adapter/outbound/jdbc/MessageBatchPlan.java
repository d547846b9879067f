package zen.gateway.adapter.outbound.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.message.MessageDetails;

/**
 * Which message each update of a batch is for, worked out in memory from the keys the batch names: by wamid when
 * the update has one, else by (bsp, bsp message id); a key learned by an earlier update of the batch counts for
 * the later ones. An update for no known message creates one. A key that already names another message is
 * not offered (each key is unique), as in the in-memory reference store. Not thread-safe; one per batch.
 */
final class MessageBatchPlan {

    /** The keys of one stored (or planned) message. */
    static final class Keys {
        final String messageId;
        final String bsp;
        String wamid;
        String bspMessageId;

        Keys(String messageId, String wamid, String bsp, String bspMessageId) {
            this.messageId = messageId;
            this.wamid = wamid;
            this.bsp = bsp;
            this.bspMessageId = bspMessageId;
        }
    }

    /**
     * One update and the message it is for. A creating step inserts the message; the others update it, offering
     * only the keys it may take ({@code offeredWamid}, {@code offeredBspMessageId}; null when not offered).
     */
    record Step(MessageUpdate update, String messageId, boolean creates, String offeredWamid, String offeredBspMessageId) {}

    private record BspKey(String bsp, String bspMessageId) {}

    private final Map<String, Keys> byWamid = new HashMap<>();
    private final Map<BspKey, Keys> byBspKey = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();

    MessageBatchPlan(List<Keys> stored, List<MessageUpdate> updates) {
        stored.forEach(this::register);
        updates.forEach(update -> steps.add(resolve(update)));
    }

    List<Step> steps() {
        return steps;
    }

    private Step resolve(MessageUpdate update) {
        MessageDetails details = update.details();
        Keys target = details.wamid() == null ? null : byWamid.get(details.wamid());
        if (target == null && details.bspMessageId() != null) {
            target = byBspKey.get(new BspKey(details.bsp(), details.bspMessageId()));
        }
        if (target == null) {
            register(new Keys(update.newMessageId(), details.wamid(), details.bsp(), details.bspMessageId()));
            return new Step(update, update.newMessageId(), true, details.wamid(), details.bspMessageId());
        }
        String offeredWamid = ownerless(byWamid.get(details.wamid()), target) ? details.wamid() : null;
        String offeredBspMessageId = details.bspMessageId() != null
                && ownerless(byBspKey.get(new BspKey(target.bsp, details.bspMessageId())), target)
                ? details.bspMessageId() : null;
        learn(target, offeredWamid, offeredBspMessageId);
        return new Step(update, target.messageId, false, offeredWamid, offeredBspMessageId);
    }

    private static boolean ownerless(Keys owner, Keys target) {
        return owner == null || owner == target;
    }

    private void learn(Keys target, String wamid, String bspMessageId) {
        if (target.wamid == null && wamid != null) {
            target.wamid = wamid;
        }
        if (target.bspMessageId == null && bspMessageId != null) {
            target.bspMessageId = bspMessageId;
        }
        register(target);
    }

    private void register(Keys keys) {
        if (keys.wamid != null) {
            byWamid.putIfAbsent(keys.wamid, keys);
        }
        if (keys.bspMessageId != null) {
            byBspKey.putIfAbsent(new BspKey(keys.bsp, keys.bspMessageId), keys);
        }
    }
}
