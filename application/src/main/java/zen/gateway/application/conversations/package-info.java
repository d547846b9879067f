/** Conversations: inbound messages, customer timelines, the customer-service window. */
package zen.gateway.application.conversations;
