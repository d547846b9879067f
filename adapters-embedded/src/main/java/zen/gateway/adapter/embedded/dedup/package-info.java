/** Dropping repeated events in one process, in bounded memory. */
package zen.gateway.adapter.embedded.dedup;
