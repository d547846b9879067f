/** Sending, as callers drive it: a project's senders, sending one message or a batch, and finding a send again. */
package zen.gateway.application.port.inbound.send;
