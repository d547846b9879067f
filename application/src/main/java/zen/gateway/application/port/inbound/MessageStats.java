package zen.gateway.application.port.inbound;

import zen.gateway.application.port.outbound.MessageCounts;
import zen.gateway.domain.message.MessageStatus;

/**
 * Message counts and rates (0 to 1, of all counted messages): delivered counts messages delivered or read,
 * since a read message was delivered.
 */
public record MessageStats(MessageCounts counts, double deliveryRate, double readRate, double failureRate) {

    public static MessageStats of(MessageCounts counts) {
        long total = counts.total();
        if (total == 0) {
            return new MessageStats(counts, 0, 0, 0);
        }
        long delivered = counts.of(MessageStatus.DELIVERED) + counts.of(MessageStatus.READ);
        return new MessageStats(counts,
                (double) delivered / total,
                (double) counts.of(MessageStatus.READ) / total,
                (double) counts.of(MessageStatus.FAILED) / total);
    }
}
