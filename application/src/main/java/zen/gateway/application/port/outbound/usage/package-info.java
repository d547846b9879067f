/** What usage over time needs from a store: figures per time bucket, computed by the store. */
package zen.gateway.application.port.outbound.usage;
