/**
 * Forwarding: planning deliveries by the fan-out rules, one attempt at a delivery (driven by either transport),
 * delivery logs and figures, dead-letter replay, and the body customers receive.
 */
package zen.gateway.application.forwarding;
