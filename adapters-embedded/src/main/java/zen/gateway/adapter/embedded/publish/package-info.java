/**
 * The publishing side of the embedded transport: webhooks written to the store's queue table in group commits, and
 * planned deliveries handed to this process's scheduler.
 */
package zen.gateway.adapter.embedded.publish;
