/**
 * Forwarding: one attempt at a delivery (what a transport drives), delivery logs and figures, dead-letter replay.
 * Each query owns its criteria and result.
 */
package zen.gateway.application.port.inbound.forwarding;
