/** Tracking: one message, listings, statistics, registering a sent message. Each query owns its criteria and result. */
package zen.gateway.application.port.inbound.tracking;
