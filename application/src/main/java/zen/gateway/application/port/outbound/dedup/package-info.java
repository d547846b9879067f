/** Remembering which events were processed, to drop repeats. */
package zen.gateway.application.port.outbound.dedup;
