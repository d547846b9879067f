/**
 * Conversations: what customers wrote to a business ({@link zen.gateway.domain.conversation.ReceivedMessage}) and the
 * customer-service window their last message opened.
 */
package zen.gateway.domain.conversation;
