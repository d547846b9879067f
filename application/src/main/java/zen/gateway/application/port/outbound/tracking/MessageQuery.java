package zen.gateway.application.port.outbound.tracking;

import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.domain.message.MessageStatus;

/**
 * Which messages to list: every non-null filter must hold ({@code customerNumber} is the message's phone number).
 * {@code after} is where the previous page ended (null for the first page); {@code limit} is 1 to 500.
 */
public record MessageQuery(
        String projectOwnerId, String campaignId, MessageStatus status, String customerNumber, Position after, int limit) {
    public MessageQuery {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
    }

    /** Messages to any customer. */
    public MessageQuery(String projectOwnerId, String campaignId, MessageStatus status, Position after, int limit) {
        this(projectOwnerId, campaignId, status, null, after, limit);
    }
}
