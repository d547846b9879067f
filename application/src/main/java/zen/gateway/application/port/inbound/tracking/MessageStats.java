package zen.gateway.application.port.inbound.tracking;

import java.util.EnumMap;
import java.util.Map;
import zen.gateway.domain.message.MessageStatus;

/**
 * Message counts per current status (every status present, 0 when none) and rates (0 to 1, of all counted
 * messages): delivered counts messages delivered or read, since a read message was delivered.
 */
public record MessageStats(Map<MessageStatus, Long> byStatus, double deliveryRate, double readRate, double failureRate) {

    public MessageStats {
        byStatus = Map.copyOf(byStatus);
    }

    public static MessageStats of(Map<MessageStatus, Long> counts) {
        EnumMap<MessageStatus, Long> complete = new EnumMap<>(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            complete.put(status, counts.getOrDefault(status, 0L));
        }
        long total = complete.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return new MessageStats(complete, 0, 0, 0);
        }
        long delivered = complete.get(MessageStatus.DELIVERED) + complete.get(MessageStatus.READ);
        return new MessageStats(complete,
                (double) delivered / total,
                (double) complete.get(MessageStatus.READ) / total,
                (double) complete.get(MessageStatus.FAILED) / total);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
