/**
 * Lookups answered by this node's memory, then the cache every node shares, then the store, with invalidation that
 * reaches every node: what endpoint and project lookups are built on.
 */
package zen.gateway.application.lookup;
