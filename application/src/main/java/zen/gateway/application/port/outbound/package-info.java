/** What the use cases need from the outside world: stores, queues, senders, caches. Adapters implement these. */
package zen.gateway.application.port.outbound;
