/**
 * The storage a broker-less transport keeps its queues in. Not used by the use cases: a transport adapter drives it,
 * a store adapter implements it.
 */
package zen.gateway.application.port.outbound.queue;
