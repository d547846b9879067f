package zen.gateway.application.port.inbound.tracking;

import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.inbound.paging.PageCursor;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;

/** Messages newest first, filtered, a page at a time. */
public interface ListMessagesQuery {

    Page<TrackedMessage> list(Criteria criteria);

    /**
     * Which messages to list: every non-null filter must hold. {@code after} is where the previous page ended
     * (null for the first page); {@code limit} is 1 to 500.
     */
    record Criteria(String projectOwnerId, String campaignId, MessageStatus status, PageCursor after, int limit) {
        public Criteria {
            if (limit < 1 || limit > 500) {
                throw new IllegalArgumentException("limit must be between 1 and 500");
            }
        }
    }
}
