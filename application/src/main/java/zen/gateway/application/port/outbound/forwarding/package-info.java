/**
 * What forwarding needs from outside: the delivery log in its roles (planning, leases, the attempt log, reads,
 * replay), a queue to hand planned deliveries to, and the sender that calls customer endpoints.
 */
package zen.gateway.application.port.outbound.forwarding;
