package zen.gateway.application.port.inbound.conversations;

import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.inbound.paging.PageCursor;

/** Conversations of a project, and the timeline of one, newest first, a page at a time ({@code limit} 1 to 500). */
public interface ConversationsQuery {

    /** Outbound and inbound messages between the project and the customer, interleaved by time, newest first. */
    Page<TimelineEntry> timeline(String projectOwnerId, String customerNumber, PageCursor after, int limit);

    /** The customers who wrote to the project, the most recent first, each with their last message and window. */
    Page<Conversation> conversations(String projectOwnerId, PageCursor after, int limit);
}
