package zen.gateway.application.port.outbound.tracking;

import java.util.EnumMap;
import java.util.Map;
import zen.gateway.domain.message.MessageStatus;

/** How many messages are in each current status; statuses with none are present with 0. */
public record MessageCounts(Map<MessageStatus, Long> byStatus) {

    public MessageCounts {
        EnumMap<MessageStatus, Long> complete = new EnumMap<>(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            complete.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = Map.copyOf(complete);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long of(MessageStatus status) {
        return byStatus.get(status);
    }
}
