/**
 * The embedded transport and in-process adapters: what the gateway needs when no broker and no Redis are given.
 * {@link zen.gateway.adapter.embedded.EmbeddedEnvelopeQueue} and {@link zen.gateway.adapter.embedded.EmbeddedForwarding}
 * are the transport's entry points, over the store's queue table and delivery leases; {@code publish} holds what
 * publishes (group commits, the hand-over), {@code consume} what consumes (the poller, the delivery scheduler);
 * {@code dedup}, {@code cache} and {@code attempts} are the in-process dedup filter, the single-node cache level and
 * the batching attempt recorder. Only application ports are used; no client library.
 */
package zen.gateway.adapter.embedded;
