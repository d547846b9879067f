/** Retention: removing what is older than its retention period. */
package zen.gateway.application.port.inbound.retention;
