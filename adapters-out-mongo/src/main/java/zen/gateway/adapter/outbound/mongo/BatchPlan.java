package zen.gateway.adapter.outbound.mongo;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.message.MessageDetails;

/**
 * Routes a batch of updates to messages exactly as applying them one after the other would: by wamid, else by
 * (bsp, BSP message id), a message taking a key it lacks unless another message has it — the rules of the
 * in-memory reference store. It routes on what the lookup saw plus what the batch itself creates, so that the
 * whole batch can be written in one unordered bulk write whose operations may run in any order: every update
 * of one message goes through the same target.
 */
final class BatchPlan {

    private record BspKey(String bsp, String bspMessageId) {}

    private final Map<String, MessageTarget> byWamid = new HashMap<>();
    private final Map<BspKey, MessageTarget> byBspKey = new HashMap<>();
    private final Set<MessageTarget> touched = new LinkedHashSet<>();

    private BatchPlan() {}

    /** The messages the updates go to, each with its updates in batch order. */
    static List<MessageTarget> route(List<MessageUpdate> updates, Collection<KnownMessage> known) {
        BatchPlan plan = new BatchPlan();
        known.forEach(k -> plan.index(MessageTarget.stored(k)));
        updates.forEach(plan::route);
        return List.copyOf(plan.touched);
    }

    private void route(MessageUpdate update) {
        MessageDetails offered = update.details();
        MessageTarget target = matching(offered);
        if (target == null) {
            target = MessageTarget.created(offered);
        } else {
            learnKeys(target, offered);
        }
        target.add(update);
        touched.add(target);
        index(target);
    }

    private MessageTarget matching(MessageDetails details) {
        MessageTarget target = details.wamid() == null ? null : byWamid.get(details.wamid());
        if (target == null && details.bspMessageId() != null) {
            target = byBspKey.get(new BspKey(details.bsp(), details.bspMessageId()));
        }
        return target;
    }

    private void learnKeys(MessageTarget target, MessageDetails offered) {
        if (target.wamid() == null && offered.wamid() != null && !byWamid.containsKey(offered.wamid())) {
            target.takeWamid(offered.wamid());
        }
        if (target.bspMessageId() == null && offered.bspMessageId() != null
                && !byBspKey.containsKey(new BspKey(target.bsp(), offered.bspMessageId()))) {
            target.takeBspMessageId(offered.bspMessageId());
        }
    }

    private void index(MessageTarget target) {
        if (target.wamid() != null) {
            byWamid.putIfAbsent(target.wamid(), target);
        }
        if (target.bspMessageId() != null) {
            byBspKey.putIfAbsent(new BspKey(target.bsp(), target.bspMessageId()), target);
        }
    }
}
