/** The cache level shared by every node, between each node's memory and the store. */
package zen.gateway.application.port.outbound.cache;
