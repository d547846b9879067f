/**
 * The RabbitMQ transport (production mode): the queue topology, the packed and confirmed envelope publisher, the
 * inbound consumers that hand envelopes to the application, and the forwarding consumer that attempts deliveries
 * and routes retries through delay queues and dead letters to the DLQ. {@link
 * zen.gateway.adapter.inbound.amqp.RabbitTransport} is the only entry point; everything else is package-private.
 */
package zen.gateway.adapter.inbound.amqp;
