/**
 * The stores on PostgreSQL and embedded H2 (Jdbi), and {@code inbound_envelopes}, the table the embedded transport
 * queues webhooks in (the rows only: the transport's threads live in {@code adapters-embedded}). {@link
 * zen.gateway.adapter.outbound.jdbc.JdbcStorage} is the only public class: it opens the database, migrates the
 * schema and hands out the port implementations. One SQL text serves both databases (H2 runs in PostgreSQL
 * mode); {@code Dialect} holds the few differences.
 */
package zen.gateway.adapter.outbound.jdbc;
