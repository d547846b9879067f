/** The quarantine: keeping unusable input, and showing it. */
package zen.gateway.application.port.inbound.quarantine;
