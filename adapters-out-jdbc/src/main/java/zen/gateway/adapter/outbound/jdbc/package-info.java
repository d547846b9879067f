/**
 * The stores on PostgreSQL and embedded H2 (Jdbi), and the embedded durable envelope queue. {@link
 * zen.gateway.adapter.outbound.jdbc.JdbcStorage} is the only public class: it opens the database, migrates the
 * schema and hands out the port implementations. One SQL text serves both databases (H2 runs in PostgreSQL
 * mode); {@code Dialect} holds the few differences.
 */
package zen.gateway.adapter.outbound.jdbc;
