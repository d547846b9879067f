/** What tracking needs from a store: writing status reports, reading messages back. */
package zen.gateway.application.port.outbound.tracking;
