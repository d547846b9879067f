package zen.gateway.application.port.inbound.conversations;

import zen.gateway.domain.conversation.ServiceWindow;

/** A customer's conversation with a project: its newest message (null if none is left) and the customer-service window. */
public record Conversation(String customerNumber, TimelineEntry lastMessage, ServiceWindow window) {}
