/** Managing customer endpoints. */
package zen.gateway.application.port.inbound.endpoints;
