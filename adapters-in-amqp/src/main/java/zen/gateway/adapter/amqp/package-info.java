/**
 * The RabbitMQ transport (production mode), both directions of it: {@link zen.gateway.adapter.amqp.RabbitTransport}
 * is the entry point. {@code broker} holds the connections, settings and queue topology (the one place where a queue
 * is declared); {@code framing} the wire formats; {@code publish} what publishes (the packed, confirmed envelope
 * publisher, the forwarding queue and the send queue, implementing out-ports); {@code consume} what consumes (the
 * inbound, forwarding and send consumers, which drive the application's in-ports, and the overdue redrive). The module keeps its name
 * from the fixed module list.
 */
package zen.gateway.adapter.amqp;
