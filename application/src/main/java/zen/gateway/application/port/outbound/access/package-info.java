/** API keys (stored as hashes) and the audit trail, in the store. */
package zen.gateway.application.port.outbound.access;
