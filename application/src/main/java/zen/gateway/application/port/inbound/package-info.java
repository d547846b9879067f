/**
 * What the outside world asks of the gateway, one package per capability: one interface per use case or query,
 * each owning its command, criteria and result types. Driving adapters (HTTP, the transports) depend on these and
 * on the domain only.
 */
package zen.gateway.application.port.inbound;
