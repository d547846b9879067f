/**
 * What the use cases need from the outside world, one package per capability (tracking, forwarding, endpoints,
 * projects, quarantine, ingest, access) and the shared services (dedup, cache); out-ports are small and named for what
 * they do, and a store adapter implements several. {@link zen.gateway.application.port.outbound.Stores} is what a
 * storage hands out. Adapters implement these; nothing here knows a technology.
 */
package zen.gateway.application.port.outbound;
