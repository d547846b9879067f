/** Unusable input kept for a person to look at. */
package zen.gateway.application.port.outbound.quarantine;
