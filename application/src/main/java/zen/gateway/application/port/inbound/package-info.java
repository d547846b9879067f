/** What the outside world asks of the gateway: one interface per use case, with its command and result types. */
package zen.gateway.application.port.inbound;
