/** What the conversations capability offers: inbound messages, customer timelines, conversations, the service window. */
package zen.gateway.application.port.inbound.conversations;
